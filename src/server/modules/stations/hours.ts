import type { OpeningSpan } from '../../../shared/stations';
import { isoWeekday, minuteIn, nextDay } from '../../platform/time-zone';

/**
 * The local day and wall-clock bounds of a slot [startsAt, endsAt) in `zone`, or null when it spans more than
 * one day (an end at the next midnight reads as 24:00 of the first).
 */
export function localSlot(zone: string, startsAt: Date, endsAt: Date) {
  const start = minuteIn(zone, startsAt);
  const end = minuteIn(zone, endsAt);
  const day = start.slice(0, 10);
  const closes = end.slice(0, 10) === day ? end.slice(11) : end === `${nextDay(day)} 00:00` ? '24:00' : null;
  return closes === null ? null : { day, opens: start.slice(11), closes };
}

/**
 * Whether a slot lies inside one opening span of its weekday: the room's hours as posted, in local time.
 * Spans are half-open like bookings, so a booking may end exactly when the room closes.
 */
export function fitsOpeningHours(hours: readonly OpeningSpan[], zone: string, startsAt: Date, endsAt: Date) {
  const slot = localSlot(zone, startsAt, endsAt);
  if (!slot) {
    return false;
  }
  const weekday = isoWeekday(slot.day);
  return hours.some((h) => h.weekday === weekday && h.opens <= slot.opens && slot.closes <= h.closes);
}
