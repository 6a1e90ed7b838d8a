import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/context';
import type { Locale } from '../../platform/messages';
import { minuteIn } from '../../platform/time-zone';
import { sheetWithTitle, styleHeader } from '../../platform/workbook-style';
import { getCampaign } from './service';
import { findTallies } from './tallies';

type Words = [zh: string, en: string];
const WORDS = {
  curve: ['进度曲线', 'Curve'],
  tallies: ['每日填报', 'Daily tallies'],
  day: ['日期', 'Day'],
  daily: ['当日', 'That day'],
  cumulative: ['累计', 'Cumulative'],
  remaining: ['剩余', 'Remaining'],
  planned: ['计划进度', 'Planned pace'],
  place: ['地点', 'Place'],
  count: ['数量', 'Count'],
  note: ['备注', 'Note'],
  by: ['填报人', 'Entered by'],
  corrections: ['更正次数', 'Corrections'],
  target: ['目标', 'Target'],
  best: ['单日最高', 'Best day'],
  asOf: ['数据时间', 'Figures as of'],
} satisfies Record<string, Words>;

/**
 * A drive as a workbook: its curve day by day (done or remaining, and the planned pace) and every tally of the
 * part the caller serves — the same figures as GET /api/campaigns/{id}. Throws as getCampaign.
 */
export async function exportCampaign(ctx: Ctx, id: string, locale: Locale) {
  const l = locale === 'zh-CN' ? 0 : 1;
  const w = (key: keyof typeof WORDS) => WORDS[key][l];
  const c = await getCampaign(ctx, id);
  const tallies = await findTallies(ctx, id, {});
  const workbook = new ExcelJS.Workbook();
  workbook.created = ctx.now;
  const f = c.figures;
  const best = f.bestDay ? `${w('best')} ${f.bestDay.day} ${f.bestDay.count}` : '';
  const line = `${w('target')} ${c.target} ${c.unitLabel} · ${best} · ${w('asOf')} ${minuteIn(ctx.zone, ctx.now)}`;
  const title = `${c.name} · ${c.placeName} · ${c.startsOn} – ${c.endsOn}`;

  const curve = sheetWithTitle(workbook, w('curve'), title, line);
  const valueName = c.kind === 'count_up' ? w('cumulative') : w('remaining');
  styleHeader(curve.addRow([w('day'), w('daily'), valueName, w('planned')]));
  for (const p of f.curve) {
    curve.addRow([p.day, p.daily, p.value, p.planned]);
  }
  curve.columns = [{ width: 14 }, { width: 12 }, { width: 14 }, { width: 14 }];

  const sheet = sheetWithTitle(workbook, w('tallies'), title, line);
  styleHeader(sheet.addRow([w('day'), w('place'), w('count'), w('note'), w('by'), w('corrections')]));
  for (const t of tallies) {
    sheet.addRow([t.day, t.placeName, t.count, t.note ?? '', t.enteredByName ?? '', t.corrections]);
  }
  sheet.columns = [{ width: 14 }, { width: 18 }, { width: 10 }, { width: 30 }, { width: 12 }, { width: 10 }];
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), filename: `${c.name}-${c.endsOn}.xlsx` };
}
