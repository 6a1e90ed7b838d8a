import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_TIME_ZONE,
  dayOf,
  endOfDay,
  formatTime,
  monthNameOf,
  pickerDay,
  setTimeZone,
  startOfDay,
  timeZone,
  today,
  weekdayOf,
} from './time';

// The test process runs in whatever zone the machine has; these must not depend on it.
afterEach(() => {
  setTimeZone(DEFAULT_TIME_ZONE);
});

describe('times on the installation clock', () => {
  it('shows a UTC instant as Beijing time by default', () => {
    expect(timeZone()).toBe('Asia/Shanghai');
    expect(formatTime('2026-11-23T07:00:00Z')).toBe('2026-11-23 15:00');
    expect(formatTime('2026-11-23T07:00:09.500Z', 'second')).toBe('2026-11-23 15:00:09');
    expect(formatTime(new Date('2026-12-31T16:30:00Z'), 'short')).toBe('01-01 00:30');
    expect(dayOf('2026-12-31T16:30:00Z')).toBe('2027-01-01');
  });

  it('shows the same instant differently in another configured zone', () => {
    setTimeZone('America/New_York');
    expect(formatTime('2026-11-23T07:00:00Z')).toBe('2026-11-23 02:00');
    expect(dayOf('2026-12-31T16:30:00Z')).toBe('2026-12-31');
    setTimeZone('UTC');
    expect(formatTime('2026-11-23T07:00:00Z')).toBe('2026-11-23 07:00');
  });

  it('keeps the zone it has when told one the browser does not know', () => {
    setTimeZone('Asia/Beijing');
    expect(timeZone()).toBe('Asia/Shanghai');
  });

  it('turns a picked day into the instant it starts where the installation is', () => {
    expect(startOfDay('2026-12-01')).toBe('2026-12-01T00:00:00+08:00');
    expect(startOfDay(pickerDay('2026-12-02'))).toBe('2026-12-02T00:00:00+08:00');
    expect(endOfDay('2026-12-02')).toBe('2026-12-02T15:59:59.999Z');
    setTimeZone('America/New_York');
    // Summer time ends on Nov 1 2026: the two midnights differ by an hour in offset.
    expect(startOfDay('2026-11-01')).toBe('2026-11-01T00:00:00-04:00');
    expect(startOfDay('2026-11-02')).toBe('2026-11-02T00:00:00-05:00');
  });

  it('takes today from the installation calendar, not the browser', () => {
    // 20:00 UTC on 31 December is already New Year's Day in Beijing.
    expect(today(new Date('2026-12-31T20:00:00Z')).format('YYYY-MM-DD')).toBe('2027-01-01');
    expect(today(new Date('2026-12-31T15:00:00Z')).format('YYYY-MM-DD')).toBe('2026-12-31');
    // A picker day reads back as the same date whatever the browser's zone.
    expect(pickerDay(dayOf('2026-12-31T20:00:00Z')).isSame(dayjs('2027-01-01'), 'day')).toBe(true);
  });
});

describe('calendar days', () => {
  it('are named as written, in the page language, whatever the browser zone', () => {
    expect(weekdayOf('2025-10-01', 'zh-CN')).toBe('周三');
    expect(weekdayOf('2025-10-01', 'en-US')).toBe('Wed');
    expect(monthNameOf(2025, 9, 'zh-CN')).toBe('十月');
    expect(monthNameOf(2025, 0, 'en-US')).toBe('January');
  });
});
