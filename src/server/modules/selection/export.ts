import ExcelJS from 'exceljs';
import type { CandidateSource, CandidateStatus } from '../../../shared/selection-workflow';
import type { Ctx } from '../../platform/context';
import type { Locale } from '../../platform/messages';
import { minuteIn } from '../../platform/time-zone';
import { sheetWithTitle, styleHeader } from '../../platform/workbook-style';
import { CATEGORY_LABELS } from '../projects';
import { getRound } from './rounds';

type Words = [zh: string, en: string];
const SOURCES: Record<CandidateSource, Words> = {
  ticket: ['群众诉求', 'Ticket'],
  suggestion: ['意见建议', 'Suggestion'],
  review: ['调度会议', 'Monthly review'],
};
const STATUSES: Record<CandidateStatus, Words> = {
  proposed: ['待筛选', 'Proposed'],
  shortlisted: ['入围', 'Shortlisted'],
  rejected: ['未入围', 'Rejected'],
};
const WORDS = {
  candidates: ['候选项目', 'Candidates'],
  satisfaction: ['满意度测评', 'Satisfaction'],
  rank: ['名次', 'Rank'],
  name: ['项目名称', 'Project'],
  source: ['来源', 'Source'],
  category: ['类别', 'Category'],
  place: ['地点', 'Place'],
  budget: ['估算（元）', 'Estimate (yuan)'],
  status: ['筛选', 'Screening'],
  reason: ['未入围理由', 'Reason'],
  votes: ['得票', 'Votes'],
  winner: ['当选', 'Chosen'],
  yes: ['是', 'Yes'],
  tie: ['同票依规则排定', 'Tie broken by rule'],
  satisfied: ['满意', 'Satisfied'],
  fairly: ['基本满意', 'Fairly satisfied'],
  dissatisfied: ['不满意', 'Dissatisfied'],
  rate: ['满意率（%）', 'Satisfaction rate (%)'],
  turnout: ['投票人数', 'Ballots cast'],
  asOf: ['数据时间', 'As of'],
} satisfies Record<string, Words>;

/**
 * A selection round as a workbook: the candidates in rank order with their votes (as the office sees them —
 * counted so far, or final once decided) and the winners' year-end satisfaction. Throws as getRound.
 */
export async function exportRound(ctx: Ctx, id: string, locale: Locale) {
  const l = locale === 'zh-CN' ? 0 : 1;
  const w = (key: keyof typeof WORDS) => WORDS[key][l];
  const round = await getRound(ctx, id);
  const workbook = new ExcelJS.Workbook();
  workbook.created = ctx.now;
  const title = `${round.name} · ${round.placeName}`;
  const line = `${w('turnout')} ${round.ballots} / ${round.voters} · ${w('asOf')} ${minuteIn(ctx.zone, ctx.now)}`;
  const sheet = sheetWithTitle(workbook, w('candidates'), title, line);
  const columns: [keyof typeof WORDS, number][] = [
    ['rank', 8],
    ['name', 36],
    ['source', 12],
    ['category', 10],
    ['place', 14],
    ['budget', 14],
    ['status', 10],
    ['reason', 30],
    ['votes', 8],
    ['winner', 18],
  ];
  styleHeader(sheet.addRow(columns.map(([key]) => w(key))));
  const ordered = [...round.candidateList].sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.seq - b.seq,
  );
  for (const c of ordered) {
    sheet.addRow([
      c.rank ?? '',
      c.name,
      SOURCES[c.source][l],
      CATEGORY_LABELS[c.category][l],
      c.placeName,
      c.budget ?? '',
      STATUSES[c.status][l],
      c.reason ?? '',
      c.votes ?? '',
      c.isWinner ? (c.isTie ? `${w('yes')} (${w('tie')})` : w('yes')) : '',
    ]);
  }
  sheet.columns = columns.map(([, width]) => ({ width }));
  const rated = sheetWithTitle(workbook, w('satisfaction'), title, line);
  styleHeader(rated.addRow([w('name'), w('satisfied'), w('fairly'), w('dissatisfied'), w('rate')]));
  for (const s of round.satisfaction) {
    rated.addRow([s.name, s.satisfied, s.fairlySatisfied, s.dissatisfied, s.rate ?? '']);
  }
  rated.columns = [36, 10, 12, 10, 16].map((width) => ({ width }));
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), filename: `${round.name}.xlsx` };
}
