import { describe, expect, it } from 'vitest';
import { auditKeys, canonicalJson, entryHash } from './audit';
import { isSignedCheckpoint, signCheckpoint } from './audit-anchor';

const GENESIS = '0'.repeat(64);
const keys = auditKeys(Buffer.alloc(32, 9));
const key = keys.chain;
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
  it('is a hex HMAC-SHA256 digest and deterministic', () => {
    expect(entryHash(key, base)).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(key, { ...base })).toBe(entryHash(key, base));
  });

  it('depends on the key: without it nobody recomputes a hash', () => {
    expect(entryHash(auditKeys(Buffer.alloc(32, 8)).chain, base)).not.toBe(entryHash(key, base));
    expect(entryHash(keys.anchor, base)).not.toBe(entryHash(key, base));
  });

  it('covers the chained fields only: a column outside them does not change it', () => {
    expect(entryHash(key, { ...base, pendingId: 42 } as typeof base)).toBe(entryHash(key, base));
  });

  it('does not depend on key order inside before/after', () => {
    expect(entryHash(key, { ...base, before: { sort: 1, name: '旧名' } })).toBe(entryHash(key, base));
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
    const original = entryHash(key, base);
    for (const [field, value] of Object.entries(changes)) {
      expect(entryHash(key, { ...base, [field]: value } as typeof base), field).not.toBe(original);
    }
  });

  it('chains: each entry commits to the one before, so editing one breaks the next link', () => {
    const first = entryHash(key, base);
    const second = entryHash(key, { ...base, seq: 2, prevHash: first, action: 'place.move' });
    const tamperedFirst = entryHash(key, { ...base, after: { name: '改过' } });
    expect(tamperedFirst).not.toBe(first);
    // The second entry stored `first` as its link; a recomputed first no longer matches it.
    expect(entryHash(key, { ...base, seq: 2, prevHash: tamperedFirst, action: 'place.move' })).not.toBe(
      second,
    );
  });
});

describe('checkpoints', () => {
  const head = { districtId: base.districtId, seq: 7, hash: 'a'.repeat(64) };
  const at = new Date('2026-03-01T09:00:00.000Z');

  it('verify under the key that signed them', () => {
    expect(isSignedCheckpoint(keys.anchor, signCheckpoint(keys.anchor, head, at))).toBe(true);
  });

  it('fail when any field changes, or under another key', () => {
    const c = signCheckpoint(keys.anchor, head, at);
    for (const changed of [
      { ...c, seq: 6 },
      { ...c, hash: 'b'.repeat(64) },
      { ...c, districtId: '44444444-4444-4444-4444-444444444444' },
      { ...c, at: '2026-03-01T09:00:01.000Z' },
      { ...c, sig: 'not hex' },
    ]) {
      expect(isSignedCheckpoint(keys.anchor, changed), JSON.stringify(changed)).toBe(false);
    }
    expect(isSignedCheckpoint(keys.chain, c)).toBe(false);
  });
});
