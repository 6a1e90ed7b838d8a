import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createVault, randomToken, sha256 } from './crypto';

const secret = randomBytes(32);
const vault = createVault(secret);

/** Flips one bit of the sealed value's payload at `index` (after the version prefix). */
function flip(sealed: string, index: number): string {
  const raw = Buffer.from(sealed.slice(3), 'base64url');
  raw[index] = (raw[index] ?? 0) ^ 1;
  return `v1.${raw.toString('base64url')}`;
}

describe('encryption at rest (AES-256-GCM)', () => {
  it('round-trips Chinese text, phone and ID numbers', () => {
    for (const plain of ['13800000001', '32041219900101123X', '府东花园 1栋 302 室', '']) {
      expect(vault.decrypt(vault.encrypt(plain))).toBe(plain);
    }
  });

  it('never stores the plain text and gives a new ciphertext each time (random IV)', () => {
    const a = vault.encrypt('13800000001');
    const b = vault.encrypt('13800000001');
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(a).not.toContain('13800000001');
    expect(a).not.toBe(b);
  });

  it('refuses a tampered ciphertext, IV or tag', () => {
    const sealed = vault.encrypt('13800000001');
    expect(() => vault.decrypt(flip(sealed, 0))).toThrow(); // IV
    expect(() => vault.decrypt(flip(sealed, 12))).toThrow(); // tag
    expect(() => vault.decrypt(flip(sealed, 30))).toThrow(); // body
    expect(() => vault.decrypt(sealed.slice(0, -2))).toThrow(); // truncated
  });

  it('refuses a value sealed with another key', () => {
    const other = createVault(randomBytes(32));
    expect(() => other.decrypt(vault.encrypt('13800000001'))).toThrow();
  });

  it('wants a 32-byte key', () => {
    expect(() => createVault(randomBytes(16))).toThrow(/32 bytes/);
    expect(() => createVault(Buffer.alloc(0))).toThrow(/32 bytes/);
  });
});

describe('blind index', () => {
  it('is stable for the same input and key', () => {
    expect(vault.blindIndex('13800000001')).toBe(vault.blindIndex('13800000001'));
    expect(createVault(Buffer.from(secret)).blindIndex('13800000001')).toBe(vault.blindIndex('13800000001'));
  });

  it('ignores surrounding space and letter case (ID numbers end in x or X)', () => {
    expect(vault.blindIndex(' 32041219900101123x ')).toBe(vault.blindIndex('32041219900101123X'));
  });

  it('tells different inputs apart', () => {
    expect(vault.blindIndex('13800000001')).not.toBe(vault.blindIndex('13800000002'));
  });

  it('is keyed: another key gives another index, and it is not a plain hash', () => {
    const other = createVault(randomBytes(32));
    expect(other.blindIndex('13800000001')).not.toBe(vault.blindIndex('13800000001'));
    const plainHash = createHash('sha256').update('13800000001').digest('base64url');
    expect(vault.blindIndex('13800000001')).not.toBe(plainHash);
    expect(vault.blindIndex('13800000001')).not.toContain('13800000001');
  });
});

describe('hashes and tokens', () => {
  it('sha256 is hex SHA-256', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('random tokens are 256-bit url-safe and unique', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => randomToken()));
    expect(tokens.size).toBe(50);
    for (const t of tokens) {
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    }
  });
});
