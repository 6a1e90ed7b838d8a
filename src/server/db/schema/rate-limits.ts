import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request limits (platform/rate-limit.ts), in the shape rate-limiter-flexible's RateLimiterDrizzle writes:
 * `key` is the limit's prefix and its subject, `points` what was consumed, `expire` when the window ends.
 */
export const rateLimit = pgTable(
  'rate_limit',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull().default(0),
    expire: timestamp('expire', { withTimezone: true }),
  },
  (t) => [index('rate_limit_expire_idx').on(t.expire)],
);
