import { type SQL, sql } from 'drizzle-orm';
import type { AverageKey, CounterKey, RateKey } from '../../../shared/stats';
import { TICKET_WORKFLOW } from '../../../shared/ticket-workflow';
import { targetOf } from '../../../shared/workflow';
import { ticket } from '../../db/schema';

/*
 * The one place where Lianxin's ticket statistics are defined (docs/metrics.md is the same table in prose).
 * Every screen, bulletin and export reads its figures through stats/service.ts, which evaluates these
 * conditions in one aggregate query (`count(*) FILTER (WHERE …)`) over `ticket`; nothing recomputes a rate.
 *
 * Population: the tickets whose place lies in the subtree and that were created (submitted) in [from, to).
 * A ticket belongs to the period it was submitted in, for good: its later moves change its figures, never
 * its period. Open tickets are judged against `now` (the moment the figures are taken), so a ticket still
 * inside its limit never counts against anyone.
 *
 * The conditions read only ticket columns kept by the move service (tickets/moves.ts):
 * responded_at (first accept / reject / merge / dispatch / pool / resolve, 现场解决 included), resolved_at (cleared when the
 * resident rates 不满意, set again on the next resolution), rating and rated_at (the latest rating),
 * closed_at and outcome, dispatched_at, return_count, reopen_count, extension_count (granted extensions only:
 * a pending or denied request leaves it alone), and the limits
 * response_due_at and handle_due_at (an approved extension moves handle_due_at: handling by the extended
 * limit is handling on time).
 */

export type Params = { now: Date };

type Text = { zh: string; en: string };
type Counter = { name: Text; definition: Text; where: (p: Params) => SQL };
type RateDef = { name: Text; definition: Text; numerator: CounterKey; denominator: CounterKey };

const t = ticket;
const nowOf = (p: Params) => sql`${p.now.toISOString()}::timestamptz`;

// Building blocks, used by several counters below.
const accepted = sql`(${t.respondedAt} IS NOT NULL AND ${t.mergedIntoId} IS NULL AND ${t.outcome} IS DISTINCT FROM 'rejected')`;
const resolved = sql`(${accepted} AND ${t.resolvedAt} IS NOT NULL AND coalesce(${t.outcome}, 'resolved') = 'resolved')`;
const closed = sql`(${accepted} AND ${t.state} = ${targetOf(TICKET_WORKFLOW, 'close')})`;
const dueForHandling = (p: Params) =>
  sql`(${accepted} AND (${t.resolvedAt} IS NOT NULL OR ${t.closedAt} IS NOT NULL OR ${t.reopenCount} > 0 OR ${t.handleDueAt} <= ${nowOf(p)}))`;

export const COUNTERS: Record<CounterKey, Counter> = {
  submitted: {
    name: { zh: '诉求总数', en: 'Submitted' },
    definition: {
      zh: '期间内提交的全部工单（含不予受理、合并的）。',
      en: 'Every ticket submitted in the period, rejected and merged ones included.',
    },
    where: () => sql`true`,
  },
  accepted: {
    name: { zh: '受理数', en: 'Accepted' },
    definition: {
      zh: '已受理（或直接派单、办结）的工单；不予受理和被合并的不计。',
      en: 'Tickets taken on (accepted, or dispatched or resolved straight away); rejected and merged ones excluded.',
    },
    where: () => accepted,
  },
  rejected: {
    name: { zh: '不予受理数', en: 'Rejected' },
    definition: { zh: '不予受理的工单。', en: 'Tickets rejected at intake.' },
    where: () => sql`${t.outcome} = 'rejected'`,
  },
  merged: {
    name: { zh: '合并数', en: 'Merged' },
    definition: {
      zh: '作为重复诉求并入另一工单的工单（随主工单计）。',
      en: 'Tickets merged into another as duplicates (they count with the master).',
    },
    where: () => sql`${t.mergedIntoId} IS NOT NULL`,
  },
  dueForResponse: {
    name: { zh: '应响应数', en: 'Due for response' },
    definition: {
      zh: '已响应（受理、不予受理、合并、派单）或响应时限已过仍未响应的工单；在响应时限内未响应就撤回的不计。',
      en: 'Tickets responded to (accepted, rejected, merged, dispatched) or left without a response past their response limit; tickets withdrawn unanswered within the limit are excluded.',
    },
    where: (p) =>
      sql`(${t.respondedAt} IS NOT NULL OR ${t.responseDueAt} <= coalesce(${t.closedAt}, ${nowOf(p)}))`,
  },
  respondedOnTime: {
    name: { zh: '按时响应数', en: 'Responded on time' },
    definition: {
      zh: '首次响应时间不晚于响应时限的工单。',
      en: 'Tickets first responded to no later than their response limit.',
    },
    where: () => sql`${t.respondedAt} <= ${t.responseDueAt}`,
  },
  dispatched: {
    name: { zh: '派遣数', en: 'Dispatched' },
    definition: { zh: '派给过承办单位的工单。', en: 'Tickets dispatched to a unit at least once.' },
    where: () => sql`${t.dispatchedAt} IS NOT NULL`,
  },
  dispatchedAccurately: {
    name: { zh: '准确派遣数', en: 'Dispatched accurately' },
    definition: {
      zh: '派遣后从未被承办单位退回的工单。',
      en: 'Dispatched tickets that no unit ever returned.',
    },
    where: () => sql`(${t.dispatchedAt} IS NOT NULL AND ${t.returnCount} = 0)`,
  },
  returned: {
    name: { zh: '退回数', en: 'Returned' },
    definition: { zh: '被承办单位退回过的工单。', en: 'Tickets a unit returned at least once.' },
    where: () => sql`${t.returnCount} > 0`,
  },
  dueForHandling: {
    name: { zh: '应处置数', en: 'Due for handling' },
    definition: {
      zh: '已受理且已办结、已结案、被评过不满意或办理时限已到的工单；仍在时限内办理的不计。',
      en: 'Accepted tickets that are resolved, closed, were rated unsatisfied, or are past their handling limit; tickets still within their limit are not judged yet.',
    },
    where: dueForHandling,
  },
  resolved: {
    name: { zh: '办结数', en: 'Resolved' },
    definition: {
      zh: '已办结（结果为“已解决”）的工单；以解释说明、转办、重复、撤回结案的不算办结。被评不满意而重办的，以再次办结为准。',
      en: 'Tickets resolved (outcome "resolved"); tickets closed as explained, transferred, duplicate or withdrawn never count. A ticket reopened after an unsatisfied rating counts once it is resolved again.',
    },
    where: () => resolved,
  },
  resolvedWell: {
    name: { zh: '解决数', en: 'Resolved, not rated unsatisfied' },
    definition: {
      zh: '已办结且该次办结未被评为不满意的工单（待评价的计入）。',
      en: 'Resolved tickets whose latest resolution was not rated unsatisfied (tickets awaiting a rating count).',
    },
    // IS NOT TRUE: a ticket awaiting its first rating (rating NULL) counts; plain NOT would drop it as NULL.
    where: () =>
      sql`(${resolved} AND (${t.rating} = 'unsatisfied' AND ${t.ratedAt} >= ${t.resolvedAt}) IS NOT TRUE)`,
  },
  resolvedOnTime: {
    name: { zh: '按期处置数', en: 'Resolved on time' },
    definition: {
      zh: '办结时间不晚于办理时限（含批准延期后的时限）的工单。',
      en: 'Resolved tickets resolved no later than their handling limit (as extended, if an extension was approved).',
    },
    where: () => sql`(${resolved} AND ${t.resolvedAt} <= ${t.handleDueAt})`,
  },
  everResolved: {
    name: { zh: '处置数', en: 'Ever resolved' },
    definition: {
      zh: '至少办结过一次的工单（含被评不满意后重办的）。',
      en: 'Tickets resolved at least once (including those reopened after an unsatisfied rating).',
    },
    where: () => sql`(${accepted} AND (${t.resolvedAt} IS NOT NULL OR ${t.reopenCount} > 0))`,
  },
  reworked: {
    name: { zh: '返工数', en: 'Reworked' },
    definition: {
      zh: '办结后因群众不满意被重新打开的工单。',
      en: 'Tickets reopened after a resolution because the resident rated it unsatisfied.',
    },
    where: () => sql`(${accepted} AND ${t.reopenCount} > 0)`,
  },
  extended: {
    name: { zh: '延期数', en: 'Extended' },
    definition: {
      zh: '办理时限经批准延长过的工单（上级直接延期或批准了延期申请）；待审批和被驳回的延期申请不计。',
      en: 'Accepted tickets whose handling limit was extended at least once (granted by the level above, directly or by approving a request); pending and denied extension requests do not count.',
    },
    where: () => sql`(${accepted} AND ${t.extensionCount} > 0)`,
  },
  closed: {
    name: { zh: '结案数', en: 'Closed' },
    definition: {
      zh: '已受理并已核查销号的工单（任何结果）。',
      en: 'Accepted tickets that were closed (any outcome).',
    },
    where: () => closed,
  },
  closedOnTime: {
    name: { zh: '按期结案数', en: 'Closed on time' },
    definition: {
      zh: '结案时间不晚于办理时限的工单。',
      en: 'Closed tickets closed no later than their handling limit.',
    },
    where: () => sql`(${closed} AND ${t.closedAt} <= ${t.handleDueAt})`,
  },
  overdue: {
    name: { zh: '超期数', en: 'Overdue' },
    definition: {
      zh: '办理时限已过才办结或结案、或至今未办结已超时限的已受理工单。',
      en: 'Accepted tickets resolved or closed after their handling limit, or still open past it.',
    },
    where: (p) =>
      sql`(${accepted} AND coalesce(${t.resolvedAt}, ${t.closedAt}, ${nowOf(p)}) > ${t.handleDueAt})`,
  },
  overdueOpen: {
    name: { zh: '在办超期数', en: 'Open and overdue' },
    definition: {
      zh: '尚未办结、已超过办理时限的工单（红灯）。',
      en: 'Tickets not yet resolved or closed and past their handling limit (red).',
    },
    where: (p) => sql`(${t.resolvedAt} IS NULL AND ${t.closedAt} IS NULL AND ${t.handleDueAt} < ${nowOf(p)})`,
  },
  rated: {
    name: { zh: '评价数', en: 'Rated' },
    definition: {
      zh: '群众评价过的工单（以最近一次评价为准）。',
      en: 'Tickets the resident rated (the latest rating counts).',
    },
    where: () => sql`${t.rating} IS NOT NULL`,
  },
  satisfiedOrBasically: {
    name: { zh: '满意和基本满意数', en: 'Satisfied or basically satisfied' },
    definition: {
      zh: '最近一次评价为满意或基本满意的工单。',
      en: 'Tickets whose latest rating is satisfied or basically satisfied.',
    },
    where: () => sql`${t.rating} IN ('satisfied', 'basically_satisfied')`,
  },
};

export const RATES: Record<RateKey, RateDef> = {
  responseRate: {
    name: { zh: '响应率', en: 'Response rate' },
    definition: {
      zh: '按时响应数 ÷ 应响应数：在响应时限内受理（或答复不予受理）的比例。',
      en: 'Responded on time ÷ due for response: the share taken up within the response limit.',
    },
    numerator: 'respondedOnTime',
    denominator: 'dueForResponse',
  },
  resolutionRate: {
    name: { zh: '解决率', en: 'Resolution rate' },
    definition: {
      zh: '解决数 ÷ 应处置数：办结且未被评为不满意的比例；以解释说明等其他结果结案的不算解决。',
      en: 'Resolved and not rated unsatisfied ÷ due for handling; closing with any other outcome never counts as resolved.',
    },
    numerator: 'resolvedWell',
    denominator: 'dueForHandling',
  },
  satisfactionRate: {
    name: { zh: '满意率', en: 'Satisfaction rate' },
    definition: {
      zh: '（满意 + 基本满意）÷ 全部评价。',
      en: '(Satisfied + basically satisfied) ÷ all rated.',
    },
    numerator: 'satisfiedOrBasically',
    denominator: 'rated',
  },
  onTimeRate: {
    name: { zh: '按时办结率', en: 'On-time rate' },
    definition: {
      zh: '按期处置数 ÷ 办结数：已办结工单中在办理时限内办结的比例。',
      en: 'Resolved on time ÷ resolved: of the resolved tickets, the share resolved within the handling limit.',
    },
    numerator: 'resolvedOnTime',
    denominator: 'resolved',
  },
  handledOnTimeRate: {
    name: { zh: '按期处置率', en: 'Handled-on-time rate' },
    definition: {
      zh: '按期处置数 ÷ 应处置数（GB/T 30428.4）：超期办结和超期未办结的都拉低此率。',
      en: 'Resolved on time ÷ due for handling (after GB/T 30428.4): late and still-unresolved overdue tickets both lower it.',
    },
    numerator: 'resolvedOnTime',
    denominator: 'dueForHandling',
  },
  reworkRate: {
    name: { zh: '返工率', en: 'Rework rate' },
    definition: {
      zh: '返工数 ÷ 处置数：办结后因不满意被重新打开的比例。',
      en: 'Reworked ÷ ever resolved: the share reopened after a resolution.',
    },
    numerator: 'reworked',
    denominator: 'everResolved',
  },
  extensionRate: {
    name: { zh: '延期率', en: 'Extension rate' },
    definition: {
      zh: '延期数 ÷ 受理数。',
      en: 'Extended ÷ accepted.',
    },
    numerator: 'extended',
    denominator: 'accepted',
  },
  accurateDispatchRate: {
    name: { zh: '准确派遣率', en: 'Accurate dispatch rate' },
    definition: {
      zh: '准确派遣数 ÷ 派遣数：派出后从未被退回的比例。',
      en: 'Dispatched accurately ÷ dispatched: the share never returned by a unit.',
    },
    numerator: 'dispatchedAccurately',
    denominator: 'dispatched',
  },
  closureRate: {
    name: { zh: '结案率', en: 'Closure rate' },
    definition: {
      zh: '结案数 ÷ 应处置数。',
      en: 'Closed ÷ due for handling.',
    },
    numerator: 'closed',
    denominator: 'dueForHandling',
  },
  closedOnTimeRate: {
    name: { zh: '按期结案率', en: 'Closed-on-time rate' },
    definition: {
      zh: '按期结案数 ÷ 应处置数。',
      en: 'Closed on time ÷ due for handling.',
    },
    numerator: 'closedOnTime',
    denominator: 'dueForHandling',
  },
};

export const AVERAGES: Record<AverageKey, { name: Text; definition: Text }> = {
  responseHours: {
    name: { zh: '平均响应时长（小时）', en: 'Average response time (hours)' },
    definition: {
      zh: '已响应工单从提交到首次响应的平均小时数（自然时间）。',
      en: 'Mean clock hours from submission to first response, over tickets responded to.',
    },
  },
  handlingHours: {
    name: { zh: '平均办理时长（小时）', en: 'Average handling time (hours)' },
    definition: {
      zh: '已办结工单从提交到（最近一次）办结的平均小时数（自然时间）。',
      en: 'Mean clock hours from submission to the (latest) resolution, over resolved tickets.',
    },
  },
  handlingWorkingHours: {
    name: { zh: '平均办理工时（工作小时）', en: 'Average handling time (working hours)' },
    definition: {
      zh: '同上，只计工作日的办公时间（9:00–12:00、13:00–18:00，按法定节假日和调休）。',
      en: 'The same in working hours only (09:00–12:00 and 13:00–18:00 on working days, holidays and make-up days applied).',
    },
  },
};

/** Which tickets are counted, in words (the definitions endpoint and docs/metrics.md). */
export const POPULATION: Text = {
  zh: '所选地点及其下级的、在所选期间 [起, 止) 内提交的工单；工单永远归属其提交的期间。未结工单按取数时刻判断，仍在时限内的不计入“应响应”“应处置”。',
  en: 'Tickets at the chosen place or below, submitted in the chosen period [from, to); a ticket always belongs to the period it was submitted in. Open tickets are judged at the moment the figures are taken: those still within a limit are not yet due.',
};

/** numerator / denominator; 0 / 0 is null (nothing to judge), never 0 % or 100 %. */
export function rateOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
