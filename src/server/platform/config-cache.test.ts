import { describe, expect, it } from 'vitest';
import type { Tx } from '../db/client';
import { cached, createConfigCache } from './config-cache';

const tx = {} as Tx;

describe('the per-process configuration copies', () => {
  it('loads once per configuration count and again when the count moves', async () => {
    let loads = 0;
    const piece = cached('rules', async () => ++loads);
    const cache = createConfigCache();
    expect(await cache.read(tx, 1, piece)).toBe(1);
    expect(await cache.read(tx, 1, piece)).toBe(1);
    expect(await cache.read(tx, 2, piece)).toBe(2);
    expect(await cache.read(tx, 2, piece)).toBe(2);
    expect(cache.loads()).toBe(2);
  });

  it('never serves a request a copy newer than its snapshot, nor keeps an older one over it', async () => {
    let loads = 0;
    const piece = cached('calendar', async () => ++loads);
    const cache = createConfigCache();
    expect(await cache.read(tx, 5, piece)).toBe(1);
    // A request that began before the change still sees count 4: it loads its own, which is not kept.
    expect(await cache.read(tx, 4, piece)).toBe(2);
    expect(await cache.read(tx, 5, piece)).toBe(1);
  });

  it('does not keep a load that failed', async () => {
    let fail = true;
    const piece = cached('categories', async () => {
      if (fail) {
        throw new Error('database lost');
      }
      return 'ok';
    });
    const cache = createConfigCache();
    await expect(cache.read(tx, 1, piece)).rejects.toThrow('database lost');
    fail = false;
    expect(await cache.read(tx, 1, piece)).toBe('ok');
  });
});
