import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal numbers (phone, ID) at rest: AES-256-GCM with a key from configuration — never stored in the
 * database — plus an HMAC "blind index" so a number can be looked up without decrypting every row.
 * Encryption and look-up use two keys derived from the one configured secret.
 */
export type Vault = {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed hash for equality look-ups; the same input always gives the same output. */
  blindIndex(plain: string): string;
};

export function createVault(secret: Buffer): Vault {
  if (secret.length !== 32) {
    throw new Error('LIANXIN_SECRET_KEY must be 32 bytes (base64)');
  }
  const encKey = createHmac('sha256', secret).update('lianxin:encrypt').digest();
  const indexKey = createHmac('sha256', secret).update('lianxin:index').digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    decrypt(sealed) {
      const raw = Buffer.from(sealed.replace(/^v1\./, ''), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    blindIndex(plain) {
      return createHmac('sha256', indexKey).update(plain.trim().toUpperCase()).digest('base64url');
    },
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
