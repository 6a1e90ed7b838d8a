import type { SecurityPolicy } from '../../../shared/accounts';
import { AppError } from '../../platform/errors';
import { type RateLimits, rateLimited, secondsUntil } from '../../platform/rate-limit';

/**
 * How many passwords may be tried, counted before the password is checked so that parallel requests cannot
 * all pass a check that reads "tries left" (only the admitted ones ever reach argon2):
 * - per address: `signInAddress` attempts, whatever the name (platform/rate-limit.ts);
 * - per name × address: the security policy's `maxFailedLogins` failures lock that name *for that address*
 *   for `lockMinutes`; failures are forgotten after a success or a day. A stranger's guesses therefore
 *   never lock the owner out from their own address;
 * - per name from everywhere: past `signInAccount` failures an hour the name is slowed to
 *   `signInAccountSlow`, so a guess spread over many addresses still crawls.
 * The name is the account when one matches and the name as typed otherwise, so a name that does not exist
 * is counted, locked and answered exactly like one that does.
 */
export type SignInAttempt = { subject: string; address: string };

// Failures from one address are remembered this long (or until a success), then start again from zero.
const FAILURE_MEMORY_SECONDS = 24 * 3600;
const PAIR = 'signInPair';

export function signInAttempt(accountId: string | null, typedName: string, address: string | null) {
  return {
    subject: accountId ? `account:${accountId}` : `name:${typedName.trim().toLowerCase()}`,
    address: address ?? 'unknown',
  };
}

function pairCounter(limits: RateLimits, policy: SecurityPolicy) {
  const lockSeconds = policy.lockMinutes * 60;
  return limits.limiter(
    PAIR,
    { points: policy.maxFailedLogins, seconds: FAILURE_MEMORY_SECONDS },
    lockSeconds,
  );
}

/** The lock-out answer; the window is cut to the lock, which is what the caller waits at most. */
function lockedFor(ms: number, policy: SecurityPolicy): AppError {
  const wait = Math.min(ms, policy.lockMinutes * 60_000);
  const seconds = secondsUntil(wait);
  return new AppError('locked', 'account_locked', [], { minutes: Math.ceil(seconds / 60) }, seconds);
}

/**
 * Admits one attempt before its password is checked, or throws: rate_limited (this address, or this name
 * from everywhere) or locked (this name from this address). Answers what is left for the pair.
 */
export async function admitSignIn(
  limits: RateLimits,
  policy: SecurityPolicy,
  attempt: SignInAttempt,
): Promise<{ lastTry: boolean }> {
  await limits.consume('signInAddress', attempt.address);
  const pair = pairCounter(limits, policy);
  const pairSubject = [attempt.subject, attempt.address];
  const taken = await pair.take(pairSubject);
  if (!taken.ok) {
    throw lockedFor(taken.msBeforeNext, policy);
  }
  const everywhere = await limits.counter('signInAccount').take([attempt.subject]);
  if (!everywhere.ok) {
    const slow = await limits.counter('signInAccountSlow').take([attempt.subject]);
    if (!slow.ok) {
      // Not checked, so not a failure of this address.
      await pair.giveBack(pairSubject);
      throw rateLimited(slow.msBeforeNext);
    }
  }
  return { lastTry: taken.remaining === 0 };
}

/**
 * Records a checked attempt that failed. The one that uses up the pair's tries locks the pair for the
 * policy's lock minutes and answers locked; the others answer `otherwise`.
 */
export async function failSignIn(
  limits: RateLimits,
  policy: SecurityPolicy,
  attempt: SignInAttempt,
  admitted: { lastTry: boolean },
  otherwise: AppError,
): Promise<AppError> {
  if (!admitted.lastTry) {
    return otherwise;
  }
  await pairCounter(limits, policy).block([attempt.subject, attempt.address], policy.lockMinutes * 60);
  return lockedFor(policy.lockMinutes * 60_000, policy);
}

/** A right password: the pair's failures are forgotten and the name's count gets this try back. */
export async function passSignIn(limits: RateLimits, policy: SecurityPolicy, attempt: SignInAttempt) {
  await pairCounter(limits, policy).delete([attempt.subject, attempt.address]);
  await limits.counter('signInAccount').giveBack([attempt.subject]);
}

/** An attempt that was neither a failure nor a success (the second factor still to come): given back. */
export async function refundSignIn(limits: RateLimits, policy: SecurityPolicy, attempt: SignInAttempt) {
  await pairCounter(limits, policy).giveBack([attempt.subject, attempt.address]);
  await limits.counter('signInAccount').giveBack([attempt.subject]);
}

/** Lifts every lock-out and slow-down of an account (an administrator's unlock, a password reset). */
export async function forgetSignInFailures(limits: RateLimits, accountId: string) {
  const subject = `account:${accountId}`;
  await limits.forget(PAIR, subject);
  await limits.forget('signInAccount', subject);
  await limits.forget('signInAccountSlow', subject);
}
