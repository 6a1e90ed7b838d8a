import dayjs, { type Dayjs } from 'dayjs';

// An activity's times come with the installation's offset (2026-12-05T09:00:00+08:00) and are read as written:
// a course at 09:00 in 常州 shows 09:00 whatever time zone the browser is in.

/** The day an activity falls on, as the installation's calendar has it: 2026-12-05. */
export const wallDay = (iso: string): string => iso.slice(0, 10);
/** Its clock time: 09:00. */
export const wallTime = (iso: string): string => iso.slice(11, 16);
/** The day as a date to format (weekday names), without moving it to the browser's zone. */
export const wallDate = (iso: string): Dayjs => dayjs(wallDay(iso));
/** When it runs: "2026-12-05 09:00–11:00". */
export const wallRange = (startsAt: string, endsAt: string): string =>
  `${wallDay(startsAt)} ${wallTime(startsAt)}–${wallTime(endsAt)}`;
