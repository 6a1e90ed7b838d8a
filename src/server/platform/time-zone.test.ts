import { describe, expect, it } from 'vitest';
import { dayIn, instantAt, isTimeZone, minuteIn, w3cIn, zoneLabel } from './time-zone';

describe('the deployment time zone', () => {
  it('accepts IANA names only', () => {
    for (const good of ['Asia/Shanghai', 'UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires']) {
      expect(isTimeZone(good), good).toBe(true);
    }
    for (const bad of ['Beijing', 'Asia/Beijing', '+08:00', 'UTC+8', '', 'Asia/Shanghai\u0000', '../etc']) {
      expect(isTimeZone(bad), bad).toBe(false);
    }
  });

  it('reads an instant as Beijing time, or as the configured zone', () => {
    const at = new Date('2026-11-30T16:30:00Z');
    expect(dayIn('Asia/Shanghai', at)).toBe('2026-12-01');
    expect(minuteIn('Asia/Shanghai', at)).toBe('2026-12-01 00:30');
    expect(dayIn('UTC', at)).toBe('2026-11-30');
    expect(minuteIn('America/New_York', at)).toBe('2026-11-30 11:30');
    expect(w3cIn('Asia/Shanghai', at)).toBe('2026-12-01T00:30:00+08:00');
    expect(w3cIn('Asia/Kolkata', at)).toBe('2026-11-30T22:00:00+05:30');
    expect(w3cIn('America/New_York', at)).toBe('2026-11-30T11:30:00-05:00');
  });

  it('finds the instant of a local wall-clock time, across daylight saving', () => {
    expect(new Date(instantAt('Asia/Shanghai', '2026-12-01')).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(new Date(instantAt('Asia/Shanghai', '2026-12-01', 9)).toISOString()).toBe(
      '2026-12-01T01:00:00.000Z',
    );
    // New York springs forward on Sunday Mar 8 2026 at 02:00: midnight is still EST, 09:00 is EDT.
    expect(new Date(instantAt('America/New_York', '2026-03-08')).toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(new Date(instantAt('America/New_York', '2026-03-08', 9)).toISOString()).toBe(
      '2026-03-08T13:00:00.000Z',
    );
  });

  it('names the zone with its offset when it keeps one all year', () => {
    const at = new Date('2026-06-01T00:00:00Z');
    expect(zoneLabel('Asia/Shanghai', at)).toBe('Asia/Shanghai, UTC+8');
    expect(zoneLabel('UTC', at)).toBe('UTC, UTC+0');
    expect(zoneLabel('Asia/Kolkata', at)).toBe('Asia/Kolkata, UTC+5:30');
    expect(zoneLabel('America/New_York', at)).toBe('America/New_York');
  });
});
