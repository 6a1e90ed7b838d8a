import { wallDate, wallTime } from '../../modules/activities/time';

/** When an activity runs, as a reader on a phone says it: 12月5日 周六 09:00–11:00. */
export function timeRange(startsAt: string, endsAt: string): string {
  return `${wallDate(startsAt).format('M/D ddd')} ${wallTime(startsAt)}–${wallTime(endsAt)}`;
}
