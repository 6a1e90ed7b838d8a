import { hash, verify } from '@node-rs/argon2';
import type { SecurityPolicy } from '../../shared/accounts';
import type { FieldError } from '../../shared/errors';
import { AppError } from './errors';

type PasswordRules = Pick<SecurityPolicy, 'passwordMinLength' | 'passwordMinClasses'>;

// argon2id with OWASP's second recommended set (19 MiB, 2 passes); ~30 ms on our machines.
const ARGON = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified when the username is unknown, so an unknown user costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('lianxin-dummy-password-Aa1!');
  await verifyPassword(await dummyHash, password);
}

/** The character classes a password uses: upper, lower, digit, other. */
export function passwordClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
}

/** Field errors (message keys) for a password under the policy (≥ 8 characters of 3 classes by default). */
export function checkPasswordPolicy(
  password: string,
  policy: PasswordRules,
  path = 'password',
): FieldError[] {
  const errors: FieldError[] = [];
  if ([...password].length < policy.passwordMinLength) {
    errors.push({ path, message: 'password_too_short' });
  }
  if (passwordClasses(password) < policy.passwordMinClasses) {
    errors.push({ path, message: 'password_classes' });
  }
  return errors;
}

/** Throws validation_failed when the password breaks the policy. */
export function assertPasswordPolicy(password: string, policy: PasswordRules, path = 'password'): void {
  const errors = checkPasswordPolicy(password, policy, path);
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'validation_failed', errors, {
      min: policy.passwordMinLength,
      classes: policy.passwordMinClasses,
    });
  }
}
