import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from './context';
import { defineModule, startSweeps } from './module';

afterEach(() => {
  vi.useRealTimers();
});

describe('module sweeps', () => {
  it('runs every module’s sweeps each round, and a failing one neither stops the others nor the next round', async () => {
    vi.useFakeTimers();
    const done: string[] = [];
    const failures: string[] = [];
    const modules = [
      defineModule({
        name: 'a',
        routes: [],
        sweeps: [async () => done.push('a1'), async () => done.push('a2')],
      }),
      defineModule({ name: 'b', routes: [] }),
      defineModule({
        name: 'c',
        routes: [],
        sweeps: [
          async () => {
            throw new Error('database gone');
          },
        ],
      }),
    ];
    const stop = startSweeps(modules, {} as Services, (_error, module) => failures.push(module), 1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toEqual(['a1', 'a2']);
    expect(failures).toEqual(['c']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toEqual(['a1', 'a2', 'a1', 'a2']);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(done).toHaveLength(4);
  });
});
