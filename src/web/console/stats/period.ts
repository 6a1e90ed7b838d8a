import dayjs, { type Dayjs } from 'dayjs';

/** The periods the page offers; `custom` takes two days from the range picker. */
export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisYear', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A period as the API takes it: Beijing calendar days, `from` inclusive, `to` exclusive. */
export type Period = { from: string; to: string };

const DAY = 'YYYY-MM-DD';

/**
 * Today in Beijing as a calendar day: the server counts days from Beijing midnight (stats/service.ts), so a
 * browser in another time zone must not shift "this month" by its own clock.
 */
export function beijingToday(now: Date = new Date()): Dayjs {
  return dayjs(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
}

/** The [from, to) days of a preset; custom ranges come from `customRange` (both days included). */
export function periodOf(preset: Exclude<PeriodPreset, 'custom'>, today: Dayjs = beijingToday()): Period {
  switch (preset) {
    case 'thisMonth':
      return span(today.startOf('month'), today.startOf('month').add(1, 'month'));
    case 'lastMonth':
      return span(today.startOf('month').subtract(1, 'month'), today.startOf('month'));
    case 'thisYear':
      return span(today.startOf('year'), today.startOf('year').add(1, 'year'));
  }
}

/** A picked range of days, first and last included, as [from, to). */
export function customRange(first: Dayjs, last: Dayjs): Period {
  return span(first.startOf('day'), last.startOf('day').add(1, 'day'));
}

/** The last day a period covers, for showing "from … to …" with both days included. */
export function lastDayOf(period: Period): string {
  return dayjs(period.to).subtract(1, 'day').format(DAY);
}

function span(from: Dayjs, to: Dayjs): Period {
  return { from: from.format(DAY), to: to.format(DAY) };
}

/** The Beijing calendar day of an instant the API answers with (`from`, `to`). */
export function beijingDayOf(instant: string): string {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
