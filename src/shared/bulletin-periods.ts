// The calendar of the 三个一 cadence (docs/bulletins.md): ten-day periods (旬) for the bulletins, ISO weeks for
// the urging. Plain `YYYY-MM-DD` days of the installation's zone; no clock and no time zone here.

/** 上旬 days 1–10, 中旬 11–20, 下旬 21 to the month's end. */
export const TEN_DAY_PARTS = [1, 2, 3] as const;
export type TenDayPart = (typeof TEN_DAY_PARTS)[number];

/** A period key: the month and its part, `2026-11-1` (上旬), `2026-11-2` (中旬), `2026-11-3` (下旬). */
export const PERIOD_KEY = /^(\d{4})-(0[1-9]|1[0-2])-([123])$/;

export type Period = { key: string; year: number; month: number; part: TenDayPart; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The number of days of a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function periodFrom(year: number, month: number, part: TenDayPart): Period {
  const first = part === 1 ? 1 : part === 2 ? 11 : 21;
  const last = part === 1 ? 10 : part === 2 ? 20 : daysInMonth(year, month);
  const ym = `${year}-${pad(month)}`;
  return { key: `${ym}-${part}`, year, month, part, from: `${ym}-${pad(first)}`, to: `${ym}-${pad(last)}` };
}

/** The period a key names; null when it names none. */
export function parsePeriod(key: string): Period | null {
  const match = PERIOD_KEY.exec(key);
  if (!match) {
    return null;
  }
  return periodFrom(Number(match[1]), Number(match[2]), Number(match[3]) as TenDayPart);
}

/** The period holding a day. */
export function periodOf(day: string): Period {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return periodFrom(year, month, date <= 10 ? 1 : date <= 20 ? 2 : 3);
}

/** The period before (下旬 of the month before for an 上旬). */
export function previousPeriod(period: Period): Period {
  if (period.part > 1) {
    return periodFrom(period.year, period.month, (period.part - 1) as TenDayPart);
  }
  return period.month === 1
    ? periodFrom(period.year - 1, 12, 3)
    : periodFrom(period.year, period.month - 1, 3);
}

/** The local hour from which the sweep writes a period's bulletin on its last day (the day's reports are in). */
export const BULLETIN_HOUR = 20;

/**
 * The period whose bulletin is due at a wall-clock day and hour: the current one from {@link BULLETIN_HOUR} on
 * its last day (the 10th, the 20th, the month's last day), else the one before (so a missed evening is made up).
 */
export function duePeriod(today: string, hour: number): Period {
  const current = periodOf(today);
  return current.to === today && hour >= BULLETIN_HOUR ? current : previousPeriod(current);
}

/** The ISO week of a day, `2026-W49` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${pad(week)}`;
}
