import { expect, it } from 'vitest';
import { ADVISORY_LOCKS } from './locks';

it('gives every job its own advisory lock key', () => {
  const keys = Object.values(ADVISORY_LOCKS);
  expect(new Set(keys).size).toBe(keys.length);
});
