import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../platform/time-zone';
import { fitsOpeningHours, localSlot } from './hours';

// Opening hours are local wall-clock spans per ISO weekday; a slot fits when one span of its day holds it whole.
const ZONE = 'Asia/Shanghai';
const at = (text: string) => new Date(`${text}+08:00`);
// 2026-12-07 is a Monday.
const HOURS = [
  { weekday: 1, opens: '08:30', closes: '11:30' },
  { weekday: 1, opens: '14:00', closes: '17:30' },
  { weekday: 6, opens: '19:00', closes: '24:00' },
];

describe('opening hours', () => {
  it('names ISO weekdays', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-13')).toBe(7);
  });

  it('takes a slot inside one span, touching its ends', () => {
    expect(fitsOpeningHours(HOURS, ZONE, at('2026-12-07T08:30:00'), at('2026-12-07T11:30:00'))).toBe(true);
    expect(fitsOpeningHours(HOURS, ZONE, at('2026-12-07T14:00:00'), at('2026-12-07T15:00:00'))).toBe(true);
  });

  it('refuses a slot across the lunch break, before opening, or on a closed day', () => {
    expect(fitsOpeningHours(HOURS, ZONE, at('2026-12-07T11:00:00'), at('2026-12-07T14:30:00'))).toBe(false);
    expect(fitsOpeningHours(HOURS, ZONE, at('2026-12-07T08:00:00'), at('2026-12-07T09:00:00'))).toBe(false);
    expect(fitsOpeningHours(HOURS, ZONE, at('2026-12-08T09:00:00'), at('2026-12-08T10:00:00'))).toBe(false);
  });

  it('reads an end at the next midnight as 24:00 and refuses a slot over two days', () => {
    expect(localSlot(ZONE, at('2026-12-12T22:00:00'), at('2026-12-13T00:00:00'))).toEqual({
      day: '2026-12-12',
      opens: '22:00',
      closes: '24:00',
    });
    expect(fitsOpeningHours(HOURS, ZONE, at('2026-12-12T22:00:00'), at('2026-12-13T00:00:00'))).toBe(true);
    expect(localSlot(ZONE, at('2026-12-12T22:00:00'), at('2026-12-13T01:00:00'))).toBeNull();
  });
});
