import { describe, expect, it } from 'vitest';
import { type Attendance, earnedMinutes } from './minutes';

const at = (hm: string) => new Date(`2026-12-05T${hm}:00+08:00`);
const slot = (
  id: string,
  accountId: string | null,
  inAt: string | null,
  outAt: string | null,
  from = '09:00',
  to = '11:00',
): Attendance => ({
  id,
  accountId,
  checkedInAt: inAt ? at(inAt) : null,
  checkedOutAt: outAt ? at(outAt) : null,
  startsAt: at(from),
  endsAt: at(to),
});

describe('earnedMinutes', () => {
  it('counts check-in to check-out', () => {
    expect(earnedMinutes([slot('a', 'p', '09:10', '10:40')]).get('a')).toBe(90);
  });

  it('is capped by the activity: early arrival and late departure earn nothing extra', () => {
    expect(earnedMinutes([slot('a', 'p', '08:30', '12:15')]).get('a')).toBe(120);
  });

  it('earns nothing without both a check-in and a check-out, or outside the activity', () => {
    const m = earnedMinutes([
      slot('a', 'p', '09:10', null),
      slot('b', 'q', null, null),
      slot('c', 'r', '11:30', '12:00'),
    ]);
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([0, 0, 0]);
  });

  it('never lets two overlapping attendances of one person both earn: the earlier keeps its minutes', () => {
    const m = earnedMinutes([
      slot('late', 'p', '10:00', '12:00', '10:00', '12:00'),
      slot('early', 'p', '09:00', '11:00'),
    ]);
    expect(m.get('early')).toBe(120);
    expect(m.get('late')).toBe(0);
  });

  it('lets back-to-back attendances both earn, and other people overlap freely', () => {
    const m = earnedMinutes([
      slot('a', 'p', '09:00', '11:00'),
      slot('b', 'p', '11:00', '12:00', '11:00', '12:00'),
      slot('c', 'q', '09:00', '11:00'),
      slot('d', null, '09:00', '11:00'),
      slot('e', null, '09:00', '11:00'),
    ]);
    expect([...m.entries()].sort()).toEqual([
      ['a', 120],
      ['b', 60],
      ['c', 120],
      ['d', 120],
      ['e', 120],
    ]);
  });
});
