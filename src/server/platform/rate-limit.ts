import { like, lt } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '../db/client';
import { rateLimit } from '../db/schema';
import type { Vault } from './crypto';
import { AppError } from './errors';
import { escapeLike } from './text';

/** At most `points` in a window of `seconds`, which opens with the first point taken. */
export type Limit = { points: number; seconds: number };

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Every request limit: what it counts, its default and the environment variable that changes it (config.ts
 * reads them as `points/duration`, e.g. `100/15m`). The sign-in lock-out per name × address is not here: it
 * follows the security administrator's policy (maxFailedLogins, lockMinutes) and lives with sign-in.
 */
export const LIMITS = {
  /** Sign-in attempts from one address, whatever the name: a password spray costs one argon2 check each. */
  signInAddress: { env: 'LIANXIN_LIMIT_SIGNIN_ADDRESS', default: { points: 100, seconds: 15 * MINUTE } },
  /**
   * Failed sign-ins for one name from all addresses together: a guess spread over many addresses. Past it
   * the name is not locked but slowed down to `signInAccountSlow`, so its owner still gets a turn.
   */
  signInAccount: { env: 'LIANXIN_LIMIT_SIGNIN_ACCOUNT', default: { points: 50, seconds: HOUR } },
  signInAccountSlow: { env: 'LIANXIN_LIMIT_SIGNIN_ACCOUNT_SLOW', default: { points: 1, seconds: MINUTE } },
  /** Registrations from one address (each needs an SMS code as well). */
  register: { env: 'LIANXIN_LIMIT_REGISTER', default: { points: 5, seconds: HOUR } },
  /** One-time codes to one phone: one a minute (a text costs money and annoys its owner), ten a day. */
  smsPhone: { env: 'LIANXIN_LIMIT_SMS_PHONE', default: { points: 1, seconds: MINUTE } },
  smsPhoneDaily: { env: 'LIANXIN_LIMIT_SMS_PHONE_DAILY', default: { points: 10, seconds: DAY } },
  /** One-time codes requested from one address, whichever phones they go to. */
  smsAddress: { env: 'LIANXIN_LIMIT_SMS_ADDRESS', default: { points: 10, seconds: HOUR } },
  /** One-time codes the whole installation sends in a day: the ceiling on the SMS bill. */
  smsDaily: { env: 'LIANXIN_LIMIT_SMS_DAILY', default: { points: 2000, seconds: DAY } },
  /** Tickets residents submit from one address (the office's own intake is not limited). */
  ticketSubmit: { env: 'LIANXIN_LIMIT_TICKET_SUBMIT', default: { points: 30, seconds: HOUR } },
  /** Comments on projects posted from one address (the same open door as residents' tickets). */
  commentPost: { env: 'LIANXIN_LIMIT_COMMENT_POST', default: { points: 30, seconds: HOUR } },
  /** Service requests filed through Open311 with one API key. */
  open311Submit: { env: 'LIANXIN_LIMIT_OPEN311_SUBMIT', default: { points: 300, seconds: HOUR } },
} as const satisfies Record<string, { env: string; default: Limit }>;

export type LimitName = keyof typeof LIMITS;
export type Limits = Record<LimitName, Limit>;

/** The message a refusal speaks where the generic "too many requests" would not say enough. */
const REFUSAL: Partial<Record<LimitName, string>> = {
  smsPhone: 'sms_too_often',
  smsPhoneDaily: 'sms_phone_daily',
  smsDaily: 'sms_daily',
};

// Windows that ended are deleted by the sweep this long after: no request reads them any more.
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Request limits shared by every server on the database: rate-limiter-flexible's RateLimiterDrizzle counts
 * with one atomic INSERT … ON CONFLICT upsert per request, so parallel requests cannot all read "one left".
 * System code: it runs on the base connection, never inside a request's transaction, so a refusal rolls
 * nothing back and a refused request never opens one. Windows run on wall-clock time, not the app clock.
 */
export type RateLimits = {
  /** Counts one request against a limit for a subject; throws rate_limited (with Retry-After) when spent. */
  consume(name: LimitName, ...subject: string[]): Promise<void>;
  /** The counter behind a configured limit, for callers that count their own way (sign-in). */
  counter(name: LimitName): Counter;
  /** A counter for a limit that is not configured here (the security policy's lock-out). */
  limiter(name: string, limit: Limit, blockSeconds?: number): Counter;
  /** Forgets every count of a limiter for subjects that start with these parts (lifting a lock-out). */
  forget(name: string, ...subjectStart: string[]): Promise<void>;
  /** Deletes the rows of windows that have ended; answers how many. */
  sweep(): Promise<number>;
  /** Runs the sweep every few minutes until the returned function is called. */
  startSweep(onError: (error: unknown) => void): () => void;
};

/** One limiter's counts for subjects (each part of a subject is hashed: addresses and phones are personal). */
export type Counter = {
  /** Takes `points`; answers what is left, or the refusal with how long until the next point. */
  take(subject: string[], points?: number): Promise<Taken>;
  /** Gives points back (a success that should not count). */
  giveBack(subject: string[], points?: number): Promise<void>;
  /** Refuses the subject for `seconds` from now. */
  block(subject: string[], seconds: number): Promise<void>;
  delete(subject: string[]): Promise<void>;
};

export type Taken = { ok: true; remaining: number } | { ok: false; msBeforeNext: number };

export function createRateLimits(db: Db, vault: Vault, limits: Limits): RateLimits {
  const limiters = new Map<string, RateLimiterDrizzle>();
  const keyOf = (subject: string[]) => subject.map((part) => vault.blindIndex(part)).join(':');

  function drizzleLimiter(name: string, limit: Limit, blockSeconds = 0): RateLimiterDrizzle {
    // The policy can change the sign-in limits at any time: one limiter per shape, all on one table.
    const id = `${name}/${limit.points}/${limit.seconds}/${blockSeconds}`;
    let found = limiters.get(id);
    if (!found) {
      found = new RateLimiterDrizzle({
        storeClient: db,
        schema: rateLimit,
        keyPrefix: name,
        points: limit.points,
        duration: limit.seconds,
        blockDuration: blockSeconds,
        // Our sweep clears expired rows once for all limiters; the library's own timer would run per limiter.
        clearExpiredByTimeout: false,
      });
      limiters.set(id, found);
    }
    return found;
  }

  function counter(name: string, limit: Limit, blockSeconds?: number): Counter {
    const rl = drizzleLimiter(name, limit, blockSeconds);
    return {
      async take(subject, points = 1) {
        try {
          const res = await rl.consume(keyOf(subject), points);
          return { ok: true, remaining: res.remainingPoints };
        } catch (refusal) {
          if (refusal instanceof RateLimiterRes) {
            return { ok: false, msBeforeNext: refusal.msBeforeNext };
          }
          throw refusal;
        }
      },
      async giveBack(subject, points = 1) {
        await rl.reward(keyOf(subject), points);
      },
      async block(subject, seconds) {
        await rl.block(keyOf(subject), seconds);
      },
      async delete(subject) {
        await rl.delete(keyOf(subject));
      },
    };
  }

  const sweep = async () => {
    const gone = await db
      .delete(rateLimit)
      .where(lt(rateLimit.expire, new Date()))
      .returning({ key: rateLimit.key });
    return gone.length;
  };

  return {
    async consume(name, ...subject) {
      const taken = await counter(name, limits[name]).take(subject);
      if (!taken.ok) {
        throw rateLimited(taken.msBeforeNext, REFUSAL[name]);
      }
    },
    counter: (name) => counter(name, limits[name]),
    limiter: counter,
    async forget(name, ...subjectStart) {
      // Hashed parts are base64url, whose `_` is a LIKE wildcard.
      const start = escapeLike(`${name}:${keyOf(subjectStart)}`);
      await db.delete(rateLimit).where(like(rateLimit.key, `${start}%`));
    },
    sweep,
    startSweep(onError) {
      const timer = setInterval(() => {
        sweep().catch(onError);
      }, SWEEP_EVERY_MS);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

/** Whole seconds until a refused caller may try again (Retry-After), at least one. */
export function secondsUntil(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}

/** The 429 answer: `Retry-After` says when, the message in the caller's language says so too. */
export function rateLimited(msBeforeNext: number, key = 'rate_limited_wait'): AppError {
  const seconds = secondsUntil(msBeforeNext);
  // People read minutes: "in 1 min" rather than "in 37 seconds" for every wait, rounded up.
  return new AppError('rate_limited', key, [], { seconds, minutes: Math.ceil(seconds / 60) }, seconds);
}
