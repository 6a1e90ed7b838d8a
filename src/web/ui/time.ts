import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

// Every time the pages show, and every day a user picks, is on the installation's clock (LIANXIN_TIME_ZONE,
// Beijing time by default), never the browser's: an office worker on a laptop set to UTC must read 15:00 for
// a ticket filed at 15:00 in Beijing. The one place that formats instants and turns picked days into
// instants; main.tsx sets the zone from GET /api/site before the first render.

dayjs.extend(utc);
dayjs.extend(timezone);

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
let zone = DEFAULT_TIME_ZONE;

/** Sets the installation's zone; a name this browser does not know leaves the current one. */
export function setTimeZone(name: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    zone = name;
  } catch {
    // An unknown zone would throw on every format: keep showing the default rather than nothing.
  }
}

/** The installation's IANA time zone. */
export function timeZone(): string {
  return zone;
}

const FORMATS = {
  /** 2026-11-23 15:00: lists, details, timelines. */
  minute: 'YYYY-MM-DD HH:mm',
  /** 2026-11-23 15:00:09: the audit trail. */
  second: 'YYYY-MM-DD HH:mm:ss',
  /** 11-23 15:00: tags and the notice bell, where the year is plain. */
  short: 'MM-DD HH:mm',
  /** 2026-11-23. */
  day: 'YYYY-MM-DD',
} as const;
export type TimeFormat = keyof typeof FORMATS;

/** An instant (as the API sends it) on the installation's clock: 2026-11-23 15:00. */
export function formatTime(instant: string | Date, format: TimeFormat = 'minute'): string {
  return dayjs(instant).tz(zone).format(FORMATS[format]);
}

/** The installation's calendar day of an instant: 2026-11-23. */
export function dayOf(instant: string | Date): string {
  return formatTime(instant, 'day');
}

/**
 * A calendar day as a date picker holds it (the browser's own midnight of that date, so the picker shows the
 * same day whatever the browser's zone). Pickers speak days; {@link startOfDay} turns them into instants.
 */
export function pickerDay(day: string): Dayjs {
  return dayjs(day);
}

/** Today on the installation's calendar, as a picker day. */
export function today(now: Date = new Date()): Dayjs {
  return pickerDay(dayOf(now));
}

/**
 * The instant a calendar day starts in the installation's zone, with its offset, for the API:
 * 2026-12-01 → 2026-12-01T00:00:00+08:00. A picked day means that day where the installation is.
 */
export function startOfDay(day: string | Dayjs): string {
  const text = typeof day === 'string' ? day : day.format(FORMATS.day);
  return dayjs.tz(text, zone).format();
}

/** The last millisecond of a calendar day in the installation's zone, for filters whose end is inclusive. */
export function endOfDay(day: string | Dayjs): string {
  const next = (typeof day === 'string' ? pickerDay(day) : day).add(1, 'day');
  return dayjs(startOfDay(next)).subtract(1, 'millisecond').toISOString();
}

// Calendar days (a holiday, a month of the work calendar) are dates, not instants: named as written, in the
// page's language, whatever the browser's zone (UTC midnight, read back in UTC).

/** The short weekday of a calendar day: 周三 (zh-CN), Wed (en-US). */
export function weekdayOf(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** A month's name: 十月 (zh-CN), October (en-US); `month` counts from 0. */
export function monthNameOf(year: number, month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month, 1)),
  );
}
