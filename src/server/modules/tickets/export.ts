import ExcelJS from 'exceljs';
import type {
  Channel,
  DeadlineStatus,
  Horizon,
  Outcome,
  Rating,
  Ticket,
  TicketExportQuery,
  TicketKind,
  TicketState,
  Urgency,
} from '../../../shared/tickets';
import type { Ctx } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import type { Locale } from '../../platform/messages';
import { isGranted } from '../../platform/permissions';
import { dayIn, minuteIn, zoneLabel } from '../../platform/time-zone';
import { mayCallBack } from './contact';
import { ticketPermissions } from './permissions';
import { findTicketRows, presentRows } from './queries';
import { relationsOf } from './relations';
import type { TicketRow } from './repo';

/** The most rows one export holds; past it the workbook says it was cut and the office narrows the filters. */
export const EXPORT_CAP = 10_000;

type Labels<K extends string> = Record<K, [zh: string, en: string]>;

// The words of the workbook. The web has its own copy in i18n/*/tickets.json; the server cannot import it
// (dependencies point shared ← server, shared ← web), so a renamed state must be renamed in both.
const STATES: Labels<TicketState> = {
  submitted: ['待受理', 'Submitted'],
  accepted: ['已受理', 'Accepted'],
  rejected: ['不予受理', 'Rejected'],
  merged: ['已合并', 'Merged'],
  dispatched: ['已派单', 'Dispatched'],
  pooled: ['待认领', 'Open for claim'],
  received: ['已接单', 'Received'],
  claimed: ['已认领', 'Claimed'],
  in_progress: ['办理中', 'In progress'],
  escalated: ['已上报', 'Escalated'],
  resolved: ['已办结', 'Resolved'],
  rated: ['已评价', 'Rated'],
  closed: ['已销号', 'Closed'],
};
const KINDS: Labels<TicketKind> = {
  problem: ['问题诉求', 'Problem'],
  wish: ['微心愿', 'Micro-wish'],
  service: ['服务点单', 'Service order'],
  suggestion: ['意见建议', 'Suggestion'],
  consultation: ['政策咨询', 'Policy question'],
};
const CHANNELS: Labels<Channel> = {
  resident_app: ['居民自助', 'Resident (self-service)'],
  hotline: ['热线电话', 'Hotline'],
  grid_visit: ['网格走访', 'Grid visit'],
  wish_card: ['心愿卡', 'Wish card'],
  collection_box: ['收集箱', 'Collection box'],
  meeting: ['议事会', 'Meeting'],
  survey: ['问卷调查', 'Survey'],
  service_desk: ['流动小方桌', 'Mobile service desk'],
  reception: ['代表接待', "Representatives' reception"],
  external: ['外部系统', 'External system'],
};
const URGENCY: Labels<Urgency> = {
  normal: ['一般', 'Normal'],
  urgent: ['紧急', 'Urgent'],
  emergency: ['特急', 'Emergency'],
};
const HORIZONS: Labels<Horizon> = {
  immediate: ['立行立改', 'Fix now'],
  deadline: ['限期整改', 'Fix by a deadline'],
  long_term: ['长期整改', 'Long-term'],
};
const OUTCOMES: Labels<Outcome> = {
  resolved: ['已解决', 'Resolved'],
  explained: ['已解释说明', 'Explained'],
  transferred: ['已转办', 'Transferred'],
  duplicate: ['重复件', 'Duplicate'],
  withdrawn: ['已撤回', 'Withdrawn'],
  rejected: ['不予受理', 'Rejected'],
};
const RATINGS: Labels<Rating> = {
  satisfied: ['满意', 'Satisfied'],
  basically_satisfied: ['基本满意', 'Basically satisfied'],
  unsatisfied: ['不满意', 'Unsatisfied'],
};
const DEADLINES: Labels<DeadlineStatus> = {
  green: ['正常', 'On time'],
  yellow: ['即将超期', 'Due soon'],
  red: ['已超期', 'Overdue'],
};
const FILLS: Record<DeadlineStatus, string | null> = { green: null, yellow: 'FFFFF1B8', red: 'FFFFCCC7' };

/** A column; one of wall-clock times (`isTime`) is written in the installation's zone, which its header names. */
type Column = {
  header: [string, string];
  width: number;
  value: (t: Ticket, l: 0 | 1, zone: string) => string;
  isTime?: true;
};
const minute = (get: (t: Ticket) => string) => (t: Ticket, _l: 0 | 1, zone: string) =>
  minuteIn(zone, new Date(get(t)));
const pick =
  <K extends string>(labels: Labels<K>, get: (t: Ticket) => K | null) =>
  (t: Ticket, l: 0 | 1) => {
    const key = get(t);
    return key ? labels[key][l] : '';
  };

const COLUMNS: readonly Column[] = [
  { header: ['编号', 'Number'], width: 22, value: (t) => t.number },
  { header: ['标题', 'Title'], width: 30, value: (t) => t.title },
  { header: ['类型', 'Kind'], width: 12, value: pick(KINDS, (t) => t.kind) },
  { header: ['分类', 'Category'], width: 14, value: (t) => t.categoryName ?? '' },
  { header: ['地点', 'Place'], width: 16, value: (t) => t.placeName },
  { header: ['地址', 'Address'], width: 24, value: (t) => t.address ?? '' },
  { header: ['状态', 'State'], width: 10, value: pick(STATES, (t) => t.state) },
  { header: ['紧急程度', 'Urgency'], width: 10, value: pick(URGENCY, (t) => t.urgency) },
  { header: ['整改类型', 'Horizon'], width: 12, value: pick(HORIZONS, (t) => t.horizon) },
  { header: ['期限状态', 'Deadline'], width: 10, value: pick(DEADLINES, (t) => t.deadlineStatus) },
  { header: ['办理期限', 'Due'], width: 30, value: minute((t) => t.handleDueAt), isTime: true },
  { header: ['来源渠道', 'Channel'], width: 14, value: pick(CHANNELS, (t) => t.channel) },
  { header: ['承办单位', 'Unit'], width: 20, value: (t) => t.unitName ?? '' },
  { header: ['认领人', 'Claimed by'], width: 10, value: (t) => t.claimantName ?? '' },
  { header: ['提交人', 'Submitter'], width: 10, value: (t) => t.submitterName ?? '' },
  { header: ['联系电话', 'Phone'], width: 14, value: (t) => t.submitterPhone ?? '' },
  { header: ['评价', 'Rating'], width: 10, value: pick(RATINGS, (t) => t.rating) },
  { header: ['结果', 'Outcome'], width: 12, value: pick(OUTCOMES, (t) => t.outcome) },
  { header: ['督办次数', 'Urged'], width: 8, value: (t) => String(t.urgeCount) },
  { header: ['登记时间', 'Created'], width: 30, value: minute((t) => t.createdAt), isTime: true },
];
const DEADLINE_COLUMN = COLUMNS.findIndex((c) => c.header[0] === '期限状态') + 1;
const PHONE_COLUMN = COLUMNS.findIndex((c) => c.header[0] === '联系电话');

export type TicketExport = { body: Buffer; filename: string; rows: number; isTruncated: boolean };

/**
 * The submitters' phones whole, for a full export: only where the caller may call the submitter back
 * (mayCallBack, as the single reveal), so an anonymous ticket or one merely in view stays masked.
 */
function revealPhones(ctx: Ctx, rows: readonly TicketRow[]): Map<string, string> {
  const phones = new Map<string, string>();
  for (const row of rows) {
    if (row.submitterPhoneEnc && mayCallBack(ctx.actor, row, relationsOf(ctx.actor, row))) {
      phones.set(row.id, ctx.vault.decrypt(row.submitterPhoneEnc));
    }
  }
  return phones;
}

/**
 * The caller's ticket list with the list's own filters and work queues (findTickets: same scope, same
 * row-level security, same presenter) as one sheet, at most EXPORT_CAP rows, newest first. Phones come out
 * masked; `phones: 'full'` writes them whole where the caller may call back, for offices only
 * (`ticket.export_phones`), and is one audit entry naming how many rows were revealed. Times are wall-clock
 * times in the installation's zone, which the headers name. The route admits office desks (`ticket.export`).
 * Throws forbidden (full phones without the permission), validation_failed, not_found as findTickets.
 */
export async function exportTickets(
  ctx: Ctx,
  query: TicketExportQuery,
  locale: Locale,
): Promise<TicketExport> {
  const { phones, ...filters } = query;
  if (phones === 'full' && !isGranted(ticketPermissions, ctx.actor.roles, 'ticket.export_phones')) {
    throw forbidden();
  }
  const page = await findTicketRows(ctx, { ...filters, limit: EXPORT_CAP });
  const tickets = await presentRows(ctx, page.items);
  const revealed = phones === 'full' ? revealPhones(ctx, page.items) : new Map<string, string>();
  const l = locale === 'zh-CN' ? 0 : 1;
  const zone = zoneLabel(ctx.zone, ctx.now);
  const workbook = new ExcelJS.Workbook();
  workbook.created = ctx.now;
  const sheet = workbook.addWorksheet(l === 0 ? '工单' : 'Tickets');
  sheet.columns = COLUMNS.map((c, i) => ({
    header: c.isTime ? `${c.header[l]} (${zone})` : c.header[l],
    key: `c${i}`,
    width: c.width,
  }));
  sheet.getRow(1).font = { bold: true };
  // Numbers and phones stay text, or Excel rewrites them.
  sheet.columns.forEach((column) => {
    column.numFmt = '@';
  });
  for (const t of tickets) {
    const values = COLUMNS.map((c) => c.value(t, l, ctx.zone));
    values[PHONE_COLUMN] = revealed.get(t.id) ?? values[PHONE_COLUMN] ?? '';
    const row = sheet.addRow(values);
    const fill = FILLS[t.deadlineStatus];
    if (fill) {
      row.getCell(DEADLINE_COLUMN).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    }
  }
  const isTruncated = page.nextCursor !== null;
  if (isTruncated) {
    const note = sheet.addRow([
      l === 0
        ? `仅导出前 ${EXPORT_CAP} 条，请缩小查询范围后再导出`
        : `Only the first ${EXPORT_CAP} rows; narrow the filters and export again`,
    ]);
    note.font = { italic: true, color: { argb: 'FFC00000' } };
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  if (phones === 'full') {
    await ctx.audit({
      action: 'ticket.export_phones',
      targetType: 'ticket',
      districtId: ctx.actor.districtId,
      after: { fields: ['submitterPhone'], rows: tickets.length, revealed: revealed.size, filters },
    });
  }
  const day = dayIn(ctx.zone, ctx.now).replaceAll('-', '');
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    filename: `${l === 0 ? '工单' : 'tickets'}-${day}.xlsx`,
    rows: tickets.length,
    isTruncated,
  };
}
