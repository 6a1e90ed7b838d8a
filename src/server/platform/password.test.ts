import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import {
  assertPasswordPolicy,
  checkPasswordPolicy,
  hashPassword,
  passwordClasses,
  verifyPassword,
} from './password';
import { DEFAULT_POLICY } from './policy-store';

const rules = { passwordMinLength: 8, passwordMinClasses: 3 };
const messages = (password: string, r = rules) => checkPasswordPolicy(password, r).map((e) => e.message);

describe('password policy (≥ 8 characters of 3 classes by default)', () => {
  it('is what the default policy says', () => {
    expect(DEFAULT_POLICY).toMatchObject(rules);
  });

  it('counts upper, lower, digit and other as the four classes', () => {
    expect(passwordClasses('')).toBe(0);
    expect(passwordClasses('abcdefgh')).toBe(1);
    expect(passwordClasses('abcdEFGH')).toBe(2);
    expect(passwordClasses('abcdEF12')).toBe(3);
    expect(passwordClasses('Lianxin@2026')).toBe(4);
    // Chinese characters and spaces count as "other".
    expect(passwordClasses('连心abc 1')).toBe(3);
  });

  it('accepts 8 characters of 3 classes', () => {
    expect(messages('abcdEF12')).toEqual([]);
    expect(messages('abc@1234')).toEqual([]);
    expect(messages('Lianxin@2026')).toEqual([]);
  });

  it('refuses 7 characters even of 4 classes', () => {
    expect(messages('Ab1@xyz')).toEqual(['password_too_short']);
  });

  it('refuses 2 classes however long', () => {
    expect(messages('abcdefgh12345678')).toEqual(['password_classes']);
    expect(messages('ABCDEFGHIJKL')).toEqual(['password_classes']);
  });

  it('reports both faults at once', () => {
    expect(messages('abc')).toEqual(['password_too_short', 'password_classes']);
    expect(messages('')).toEqual(['password_too_short', 'password_classes']);
  });

  it('counts characters, not UTF-16 units', () => {
    // 7 characters, 9 UTF-16 units: still too short.
    expect(messages('𠮷𠮷Ab1@x')).toEqual(['password_too_short']);
  });

  it('follows a stricter policy', () => {
    const strict = { passwordMinLength: 12, passwordMinClasses: 4 };
    expect(messages('Lianxin@2026', strict)).toEqual([]);
    expect(messages('Lianxin@202', strict)).toEqual(['password_too_short']);
    expect(messages('Lianxin12026', strict)).toEqual(['password_classes']);
  });

  it('names the field the caller asked for', () => {
    expect(checkPasswordPolicy('x', rules, 'body.newPassword').map((e) => e.path)).toEqual([
      'body.newPassword',
      'body.newPassword',
    ]);
  });

  it('throws validation_failed with the policy as message parameters', () => {
    expect(() => assertPasswordPolicy('Lianxin@2026', rules)).not.toThrow();
    try {
      assertPasswordPolicy('short', rules, 'body.password');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const e = error as AppError;
      expect(e.code).toBe('validation_failed');
      expect(e.params).toEqual({ min: 8, classes: 3 });
      expect(e.fields.map((f) => f.path)).toEqual(['body.password', 'body.password']);
    }
  });
});

describe('password hashing', () => {
  it('stores argon2id with a fresh salt and verifies only the right password', async () => {
    const a = await hashPassword('Lianxin@2026');
    const b = await hashPassword('Lianxin@2026');
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Lianxin@2026');
    expect(await verifyPassword(a, 'Lianxin@2026')).toBe(true);
    expect(await verifyPassword(a, 'Lianxin@2027')).toBe(false);
  });

  it('answers false, not an exception, for a damaged stored hash', async () => {
    expect(await verifyPassword('not-a-hash', 'Lianxin@2026')).toBe(false);
  });
});
