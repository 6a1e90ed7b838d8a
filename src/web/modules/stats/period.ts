import dayjs, { type Dayjs } from 'dayjs';
import { today as installationToday } from '../../ui/time';

/** The periods the page offers; `custom` takes two days from the range picker. */
export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisYear', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A period as the API takes it: calendar days of the installation's zone, `from` inclusive, `to` exclusive. */
export type Period = { from: string; to: string };

const DAY = 'YYYY-MM-DD';

/** The [from, to) days of a preset; custom ranges come from `customRange` (both days included). */
export function periodOf(
  preset: Exclude<PeriodPreset, 'custom'>,
  today: Dayjs = installationToday(),
): Period {
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

/** A period picked on the page: a preset, or custom days. */
export type PeriodChoice = { preset: PeriodPreset; period: Period };

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period a page address names — `?period=lastMonth`, or `?period=custom&from=…&to=…` (days, `to`
 * exclusive) — so a reload or a shared link shows the same figures. Anything else is this month.
 */
export function periodFromUrl(params: URLSearchParams, today: Dayjs = installationToday()): PeriodChoice {
  const preset = PERIOD_PRESETS.find((p) => p === params.get('period'));
  if (preset === 'custom') {
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    if (
      DAY_TEXT.test(from) &&
      DAY_TEXT.test(to) &&
      dayjs(from).isValid() &&
      dayjs(to).isValid() &&
      from < to
    ) {
      return { preset, period: { from, to } };
    }
  } else if (preset) {
    return { preset, period: periodOf(preset, today) };
  }
  return { preset: 'thisMonth', period: periodOf('thisMonth', today) };
}

/** The address parameters of a choice: presets need no days, custom ones carry theirs. */
export function urlOfPeriod(choice: PeriodChoice): Record<string, string | null> {
  const isCustom = choice.preset === 'custom';
  return {
    period: choice.preset === 'thisMonth' ? null : choice.preset,
    from: isCustom ? choice.period.from : null,
    to: isCustom ? choice.period.to : null,
  };
}

function span(from: Dayjs, to: Dayjs): Period {
  return { from: from.format(DAY), to: to.format(DAY) };
}
