import ExcelJS from 'exceljs';
import {
  type Breakdown,
  type CounterKey,
  type Definitions,
  RATE_KEYS,
  type Rates,
  type RatesQuery,
} from '../../../shared/stats';
import type { Ctx } from '../../platform/context';
import type { Locale } from '../../platform/messages';
import { dayIn, minuteIn, zoneLabel } from '../../platform/time-zone';
import { styleHeader } from '../../platform/workbook-style';
import { getBreakdown, getDefinitions, getRates } from './service';

type Words = [zh: string, en: string];

// The few words of the workbook that are not figure names; those come from definitions.ts like on screen.
const WORDS = {
  summary: ['三率及指标', 'Rates and indicators'],
  byChild: ['按下级', 'By child node'],
  byUnit: ['按承办单位', 'By unit'],
  place: ['地点', 'Place'],
  wholeTree: ['全部', 'Everywhere'],
  period: ['统计期间', 'Period'],
  asOf: ['数据时间', 'Figures as of'],
  timeZone: ['时区', 'Time zone'],
  population: ['统计范围', 'Population'],
  indicator: ['指标', 'Indicator'],
  value: ['数值', 'Value'],
  numerator: ['分子', 'Numerator'],
  denominator: ['分母', 'Denominator'],
  definition: ['口径', 'Definition'],
  counter: ['计数', 'Count'],
  average: ['平均用时（小时）', 'Average (hours)'],
  childName: ['下级', 'Child node'],
  unitName: ['承办单位', 'Unit'],
  ownLevel: ['（本级）', '(this level) '],
  undispatched: ['未派单', 'Not dispatched'],
} satisfies Record<string, Words>;

/** The counts each ranking row shows beside the rates, as on the page's table. */
const ROW_COUNTS: readonly CounterKey[] = ['submitted', 'resolved', 'closed', 'overdueOpen'];
const PERCENT = '0.0%';

export type StatsExport = { body: Buffer; filename: string };

/**
 * 三率统计 as a workbook: the subtree's rates, counts and averages with their definitions, and the rankings by
 * child node and by unit — the same figures the page shows (getRates, getBreakdown), in the caller's language.
 * Throws as getRates.
 */
export async function exportRates(ctx: Ctx, query: RatesQuery, locale: Locale): Promise<StatsExport> {
  const l = locale === 'zh-CN' ? 0 : 1;
  const w = (key: keyof typeof WORDS) => WORDS[key][l];
  const definitions = getDefinitions(locale);
  const rates = await getRates(ctx, query);
  const byChild = await getBreakdown(ctx, { ...query, by: 'child' });
  const byUnit = await getBreakdown(ctx, { ...query, by: 'unit' });

  const workbook = new ExcelJS.Workbook();
  workbook.created = ctx.now;
  const placeName = rates.placeName ?? w('wholeTree');
  // `to` is exclusive: the last day shown is the one before it.
  const day = (at: number) => dayIn(ctx.zone, new Date(at));
  const period = `${day(Date.parse(rates.from))} – ${day(Date.parse(rates.to) - 1)}`;
  writeSummary(workbook.addWorksheet(w('summary')), rates, definitions, w, [
    [w('place'), placeName],
    [w('period'), period],
    [w('asOf'), minuteIn(ctx.zone, new Date(rates.asOf))],
    [w('timeZone'), zoneLabel(ctx.zone, ctx.now)],
    [w('population'), definitions.population],
  ]);
  writeRanking(workbook.addWorksheet(w('byChild')), byChild, definitions, w('childName'), (item) =>
    item.id === null ? `${w('ownLevel')}${item.name ?? placeName}` : (item.name ?? ''),
  );
  writeRanking(workbook.addWorksheet(w('byUnit')), byUnit, definitions, w('unitName'), (item) =>
    item.id === null ? w('undispatched') : (item.name ?? item.id),
  );
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    filename: `${l === 0 ? '三率统计' : 'rates'}-${placeName}-${day(ctx.now.getTime()).replaceAll('-', '')}.xlsx`,
  };
}

function writeSummary(
  sheet: ExcelJS.Worksheet,
  rates: Rates,
  definitions: Definitions,
  w: (key: keyof typeof WORDS) => string,
  heading: [string, string][],
) {
  sheet.columns = [{ width: 22 }, { width: 12 }, { width: 10 }, { width: 10 }, { width: 80 }];
  for (const line of heading) {
    sheet.addRow(line).getCell(1).font = { bold: true };
  }
  sheet.addRow([]);
  styleHeader(sheet.addRow([w('indicator'), w('value'), w('numerator'), w('denominator'), w('definition')]));
  for (const d of definitions.rates) {
    const rate = rates.rates[d.key];
    const row = sheet.addRow([d.name, rate.value, rate.numerator, rate.denominator, d.definition]);
    row.getCell(2).numFmt = PERCENT;
  }
  sheet.addRow([]);
  styleHeader(sheet.addRow([w('counter'), w('value'), '', '', w('definition')]));
  for (const d of definitions.counters) {
    sheet.addRow([d.name, rates.counts[d.key], '', '', d.definition]);
  }
  sheet.addRow([]);
  styleHeader(sheet.addRow([w('average'), w('value'), '', '', w('definition')]));
  for (const d of definitions.averages) {
    const hours = rates.averages[d.key];
    const row = sheet.addRow([
      d.name,
      hours === null ? null : Math.round(hours * 10) / 10,
      '',
      '',
      d.definition,
    ]);
    row.getCell(2).numFmt = '0.0';
  }
}

function writeRanking(
  sheet: ExcelJS.Worksheet,
  breakdown: Breakdown,
  definitions: Definitions,
  nameHeader: string,
  label: (item: Breakdown['items'][number]) => string,
) {
  const rateNames = RATE_KEYS.map((key) => definitions.rates.find((d) => d.key === key)?.name ?? key);
  const countNames = ROW_COUNTS.map((key) => definitions.counters.find((d) => d.key === key)?.name ?? key);
  sheet.columns = [{ width: 24 }, ...[...countNames, ...rateNames].map(() => ({ width: 12 }))];
  styleHeader(sheet.addRow([nameHeader, ...countNames, ...rateNames]));
  for (const item of breakdown.items) {
    const row = sheet.addRow([
      label(item),
      ...ROW_COUNTS.map((key) => item.counts[key]),
      ...RATE_KEYS.map((key) => item.rates[key].value),
    ]);
    RATE_KEYS.forEach((_, i) => {
      row.getCell(2 + ROW_COUNTS.length + i).numFmt = PERCENT;
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
}
