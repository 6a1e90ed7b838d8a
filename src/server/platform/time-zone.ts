// The deployment's time zone (LIANXIN_TIME_ZONE, an IANA name; Asia/Shanghai by default): the calendar day and
// the wall-clock minute of an instant, and the instant a wall-clock time names. Office hours, "today", month
// boundaries, ticket numbers and every time an export or a message writes are read in it. Intl carries the
// zone rules (daylight saving included), so any zone works, not only Beijing's fixed +08:00.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// An IANA name (Asia/Shanghai, UTC, America/Argentina/Buenos_Aires), not an offset such as +08:00.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether the name is an IANA time zone this runtime knows (Intl refuses the others). */
export function isTimeZone(name: string): boolean {
  if (!IANA_NAME.test(name)) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The offset at an instant, asked of Intl (some 20 µs a call: deadline maths and exports ask thousands). */
function exactOffset(zone: string, at: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(zone).formatToParts(at)) {
    parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(at / 1000) * 1000;
}

// Per zone and UTC day: the offset when it is the same from the day's first second to its last, else null.
// Bounded, since the days asked for may come from a request.
const steadyOffsets = new Map<string, number | null>();
const STEADY_LIMIT = 100_000;

/** How far the zone's clocks run ahead of UTC at an instant, in ms (Beijing: 8 h all year). */
export function offsetAt(zone: string, at: number): number {
  const utcDay = Math.floor(at / DAY_MS);
  const key = `${zone} ${utcDay}`;
  let steady = steadyOffsets.get(key);
  if (steady === undefined) {
    const first = exactOffset(zone, utcDay * DAY_MS);
    steady = first === exactOffset(zone, (utcDay + 1) * DAY_MS - 1000) ? first : null;
    if (steadyOffsets.size >= STEADY_LIMIT) {
      steadyOffsets.clear();
    }
    steadyOffsets.set(key, steady);
  }
  return steady ?? exactOffset(zone, at);
}

/** The wall-clock time of an instant in the zone, written as an ISO string without the offset. */
function wallClock(zone: string, at: Date): string {
  return new Date(at.getTime() + offsetAt(zone, at.getTime())).toISOString();
}

/** The zone's calendar day of an instant: 2026-11-23. */
export function dayIn(zone: string, at: Date): string {
  return wallClock(zone, at).slice(0, 10);
}

/** The zone's wall-clock time to the minute, as offices read it: 2026-11-23 14:05. */
export function minuteIn(zone: string, at: Date): string {
  return wallClock(zone, at).slice(0, 16).replace('T', ' ');
}

/** The zone's wall-clock time to the second with its offset (W3C datetime): 2026-11-23T14:05:09+08:00. */
export function w3cIn(zone: string, at: Date): string {
  return `${wallClock(zone, at).slice(0, 19)}${offsetText(offsetAt(zone, at.getTime()), true)}`;
}

/**
 * The instant the zone's clocks show `hours` after midnight of `day`. A time that a spring-forward skips comes
 * out an hour later, one that a fall-back repeats as its first occurrence.
 */
export function instantAt(zone: string, day: string, hours = 0): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + hours * HOUR_MS;
  return wall - offsetAt(zone, wall - offsetAt(zone, wall));
}

/** The day after a `YYYY-MM-DD` day. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** The ISO weekday (1 Monday … 7 Sunday) of a `YYYY-MM-DD` day. */
export function isoWeekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/** The first day of the month after a `YYYY-MM-DD` day's. */
export function nextMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function offsetText(ms: number, w3c = false): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.abs(ms) / 60_000;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (w3c) {
    return `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  }
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/**
 * The zone as a reader of an export needs it: its name, and its offset when it keeps one all year
 * (Asia/Shanghai, UTC+8). A zone with daylight saving is named alone, since its offset changes between rows.
 */
export function zoneLabel(zone: string, at: Date): string {
  const year = Number(dayIn(zone, at).slice(0, 4));
  const winter = offsetAt(zone, Date.UTC(year, 0, 15));
  const summer = offsetAt(zone, Date.UTC(year, 6, 15));
  return winter === summer ? `${zone}, ${offsetText(winter)}` : zone;
}
