import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash } from './audit';

const GENESIS = '0'.repeat(64);
const base = {
  districtId: '11111111-1111-1111-1111-111111111111',
  seq: 1,
  at: new Date('2026-03-01T08:00:00.123Z'),
  actorId: '22222222-2222-2222-2222-222222222222',
  actorName: '府东社区',
  actorRoles: ['community_staff'],
  ip: '127.0.0.1',
  userAgent: 'vitest',
  requestId: 'r1',
  action: 'place.update',
  targetType: 'place',
  targetId: '33333333-3333-3333-3333-333333333333',
  before: { name: '旧名', sort: 1 },
  after: { name: '新名' },
  prevHash: GENESIS,
};

describe('canonicalJson', () => {
  it('sorts keys at every depth (jsonb reorders them; the hash must not care)', () => {
    const a = canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } });
    const b = canonicalJson({ a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 });
    expect(a).toBe(b);
    expect(a).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('reads back what JSON.stringify wrote: undefined keys dropped, dates as ISO strings', () => {
    const value = { a: undefined, b: null, at: new Date('2026-01-02T03:04:05.000Z'), list: [undefined] };
    const roundTripped = JSON.parse(JSON.stringify(value));
    expect(canonicalJson(value)).toBe(canonicalJson(roundTripped));
  });

  it('keeps arrays in order and strings exactly', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson('府东')).toBe('"府东"');
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('entryHash', () => {
  it('is a SHA-256 hex digest and deterministic', () => {
    expect(entryHash(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash({ ...base })).toBe(entryHash(base));
  });

  it('does not depend on key order inside before/after', () => {
    expect(entryHash({ ...base, before: { sort: 1, name: '旧名' } })).toBe(entryHash(base));
  });

  it('changes when any field changes', () => {
    const changes: Record<string, unknown> = {
      districtId: '44444444-4444-4444-4444-444444444444',
      seq: 2,
      at: new Date(base.at.getTime() + 1),
      actorId: null,
      actorName: '惠民社区',
      actorRoles: ['street_admin'],
      ip: '10.0.0.1',
      userAgent: 'curl',
      requestId: 'r2',
      action: 'place.delete',
      targetType: 'unit',
      targetId: null,
      before: { name: '旧名', sort: 2 },
      after: null,
      prevHash: 'f'.repeat(64),
    };
    expect(Object.keys(changes).sort()).toEqual(Object.keys(base).sort());
    const original = entryHash(base);
    for (const [field, value] of Object.entries(changes)) {
      expect(entryHash({ ...base, [field]: value } as typeof base), field).not.toBe(original);
    }
  });

  it('chains: each entry commits to the one before, so editing one breaks the next link', () => {
    const first = entryHash(base);
    const second = entryHash({ ...base, seq: 2, prevHash: first, action: 'place.move' });
    const tamperedFirst = entryHash({ ...base, after: { name: '改过' } });
    expect(tamperedFirst).not.toBe(first);
    // The second entry stored `first` as its link; a recomputed first no longer matches it.
    expect(entryHash({ ...base, seq: 2, prevHash: tamperedFirst, action: 'place.move' })).not.toBe(second);
  });
});
