import path from 'node:path';
import { z } from 'zod';
import type { SecurityPolicy } from '../shared/accounts';
import { DEFAULT_POLICY } from './platform/policy-store';
import { LIMITS, type Limit, type Limits } from './platform/rate-limit';
import type { S3Options } from './platform/s3';
import { isTimeZone } from './platform/time-zone';
import type { WechatOptions } from './platform/wechat';

// WeChat is all or nothing: an official account needs its appid, its secret and the template to send.
const WECHAT_KEYS = ['LIANXIN_WECHAT_APPID', 'LIANXIN_WECHAT_SECRET', 'LIANXIN_WECHAT_TEMPLATE_ID'] as const;

/** The only reader of process.env (STYLE.md): everything else receives a Config. */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  // Unset: the embedded PGlite under LIANXIN_DATA_DIR. Set: a real PostgreSQL through `pg`.
  DATABASE_URL: z.string().url().optional(),
  // PostgreSQL: migrations run through this connection (the tables' owner); the server's DATABASE_URL role then
  // needs no more than its grants. Unset: DATABASE_URL migrates too.
  LIANXIN_MIGRATION_URL: z.string().url().optional(),
  // PostgreSQL: connections each server process keeps open (pool size per process, not per installation).
  LIANXIN_DB_POOL: z.coerce.number().int().min(1).max(1000).default(10),
  // PostgreSQL: the longest one statement may run before the database cancels it (0: no limit). A runaway
  // query would otherwise hold its connection, and the rows it locked, until it ends.
  LIANXIN_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  // Server processes behind the one port (node:cluster); more than one needs PostgreSQL.
  LIANXIN_WORKERS: z.coerce.number().int().min(1).max(256).default(1),
  LIANXIN_DATA_DIR: z.string().default('./data'),
  // 'demo' seeds the demo region and its accounts on first start; 'production' refuses to.
  LIANXIN_MODE: z.enum(['demo', 'production', 'test']).default('demo'),
  // 32 bytes, base64: encrypts phone and ID numbers at rest. Unset in demo mode: a key file under the data dir.
  LIANXIN_SECRET_KEY: z.string().optional(),
  // 32 bytes, base64: keys the audit chain and signs its checkpoints. Unset in demo mode: a key file under the data dir.
  LIANXIN_AUDIT_KEY: z.string().optional(),
  // Where signed checkpoints of each audit chain's head are appended (JSON lines). Unset: under the data dir.
  LIANXIN_AUDIT_ANCHOR_FILE: z.string().optional(),
  // Set: checkpoints are also POSTed here, to a witness the database's administrators cannot rewrite.
  LIANXIN_AUDIT_WITNESS_URL: z.string().url().optional(),
  LIANXIN_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  // Unset: Secure cookies in production mode (HTTPS in front), plain ones in demo and test.
  LIANXIN_COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  // Sites besides the server's own address whose pages may send state-changing requests (comma-separated
  // origins, say https://lianxin.example.gov.cn behind a proxy that rewrites Host).
  LIANXIN_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  LIANXIN_WEB_DIR: z.string().default('./dist/web'),
  // The IANA time zone the installation lives in: office hours, "today", month boundaries, ticket numbers and
  // every time the pages, exports and messages show. Beijing time unless the deployment is elsewhere.
  LIANXIN_TIME_ZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine(isTimeZone, { message: 'an IANA time zone such as Asia/Shanghai' }),
  // Unset: texts go to the development outbox (table sms_outbox and the log). Set: POSTed to this gateway bridge.
  LIANXIN_SMS_WEBHOOK_URL: z.string().url().optional(),
  // Set all five to keep uploaded photos in an S3-compatible store instead of LIANXIN_DATA_DIR/files.
  LIANXIN_S3_ENDPOINT: z.string().url().optional(),
  LIANXIN_S3_BUCKET: z.string().min(3).optional(),
  LIANXIN_S3_REGION: z.string().default('us-east-1'),
  LIANXIN_S3_ACCESS_KEY_ID: z.string().optional(),
  LIANXIN_S3_SECRET_ACCESS_KEY: z.string().optional(),
  // Set all three to send ticket-progress template messages from a WeChat official account (公众号); none: the
  // development adapter (table wechat_outbox and the log). Residents bind their openid on the phone page.
  LIANXIN_WECHAT_APPID: z.string().min(1).optional(),
  LIANXIN_WECHAT_SECRET: z.string().min(1).optional(),
  LIANXIN_WECHAT_TEMPLATE_ID: z.string().min(1).optional(),
  LIANXIN_WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  // The site's public address: messages link to {this}/m/tickets/{id}. Unset: messages carry no link.
  LIANXIN_WECHAT_LINK_BASE: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  mode: 'demo' | 'production' | 'test';
  secretKey: string | undefined;
  auditKey: string | undefined;
  /** The audit checkpoints' file and optional witness: outside the database, like the key. */
  auditAnchors: { file: string; witnessUrl: string | undefined };
  /** The security policy until the security administrator changes it. */
  defaultPolicy: SecurityPolicy;
  cookieSecure: boolean;
  allowedOrigins: string[];
  migrationUrl: string | undefined;
  /** PostgreSQL: the pool size of each server process. */
  dbPool: number;
  /** PostgreSQL: statement_timeout of every server connection, in ms; 0 means none. */
  statementTimeoutMs: number;
  /** Server processes serving the port; above 1 only with PostgreSQL (refused at start otherwise). */
  workers: number;
  webDir: string;
  /** The IANA time zone of the installation (LIANXIN_TIME_ZONE); the pages learn it from GET /api/site. */
  timeZone: string;
  smsWebhookUrl: string | undefined;
  /** Unset: files on local disk under the data directory. */
  s3: S3Options | undefined;
  /** Unset: WeChat messages go to the development adapter and binding needs `devOpenid` (not in production). */
  wechat: WechatOptions | undefined;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  /** Request limits (platform/rate-limit.ts), each from its LIANXIN_LIMIT_… variable or its default. */
  limits: Limits;
};

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** A limit as `points/duration`: `100/15m` is at most 100 in a 15-minute window (units s, m, h, d). */
function parseLimit(name: string, value: string): Limit {
  const match = /^(\d+)\/(\d+)([smhd])$/.exec(value.trim());
  const points = Number(match?.[1]);
  const seconds = Number(match?.[2]) * UNIT_SECONDS[(match?.[3] ?? 's') as keyof typeof UNIT_SECONDS];
  if (!match || points < 1 || seconds < 1) {
    throw new Error(`${name}: expected points/duration such as 100/15m, got "${value}"`);
  }
  return { points, seconds };
}

function limitsOf(env: NodeJS.ProcessEnv): Limits {
  return Object.fromEntries(
    Object.entries(LIMITS).map(([name, l]) => {
      const value = env[l.env];
      return [name, value ? parseLimit(l.env, value) : l.default];
    }),
  ) as Limits;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = ZEnv.parse(env);
  const wechatSet = WECHAT_KEYS.filter((key) => e[key]);
  if (wechatSet.length > 0 && wechatSet.length < WECHAT_KEYS.length) {
    const missing = WECHAT_KEYS.filter((key) => !e[key]);
    throw new Error(`WeChat: set all of ${WECHAT_KEYS.join(', ')} or none (missing ${missing.join(', ')})`);
  }
  // PGlite is one process's files: a second process would open the same directory and corrupt it.
  if (e.LIANXIN_WORKERS > 1 && !e.DATABASE_URL) {
    throw new Error(
      `LIANXIN_WORKERS=${e.LIANXIN_WORKERS} needs PostgreSQL (DATABASE_URL): the embedded PGlite database belongs to one process. Set DATABASE_URL or LIANXIN_WORKERS=1.`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.LIANXIN_DATA_DIR,
    mode: e.LIANXIN_MODE,
    secretKey: e.LIANXIN_SECRET_KEY,
    auditKey: e.LIANXIN_AUDIT_KEY,
    auditAnchors: {
      file: e.LIANXIN_AUDIT_ANCHOR_FILE ?? path.join(e.LIANXIN_DATA_DIR, 'audit-anchors.jsonl'),
      witnessUrl: e.LIANXIN_AUDIT_WITNESS_URL,
    },
    defaultPolicy: { ...DEFAULT_POLICY, sessionIdleMinutes: e.LIANXIN_SESSION_IDLE_MINUTES },
    cookieSecure: e.LIANXIN_COOKIE_SECURE ?? e.LIANXIN_MODE === 'production',
    allowedOrigins: e.LIANXIN_ALLOWED_ORIGINS,
    migrationUrl: e.LIANXIN_MIGRATION_URL,
    dbPool: e.LIANXIN_DB_POOL,
    statementTimeoutMs: e.LIANXIN_STATEMENT_TIMEOUT_MS,
    workers: e.LIANXIN_WORKERS,
    webDir: e.LIANXIN_WEB_DIR,
    timeZone: e.LIANXIN_TIME_ZONE,
    smsWebhookUrl: e.LIANXIN_SMS_WEBHOOK_URL,
    s3:
      e.LIANXIN_S3_ENDPOINT &&
      e.LIANXIN_S3_BUCKET &&
      e.LIANXIN_S3_ACCESS_KEY_ID &&
      e.LIANXIN_S3_SECRET_ACCESS_KEY
        ? {
            endpoint: e.LIANXIN_S3_ENDPOINT,
            bucket: e.LIANXIN_S3_BUCKET,
            region: e.LIANXIN_S3_REGION,
            accessKeyId: e.LIANXIN_S3_ACCESS_KEY_ID,
            secretAccessKey: e.LIANXIN_S3_SECRET_ACCESS_KEY,
          }
        : undefined,
    wechat:
      e.LIANXIN_WECHAT_APPID && e.LIANXIN_WECHAT_SECRET && e.LIANXIN_WECHAT_TEMPLATE_ID
        ? {
            appId: e.LIANXIN_WECHAT_APPID,
            secret: e.LIANXIN_WECHAT_SECRET,
            templateId: e.LIANXIN_WECHAT_TEMPLATE_ID,
            apiBase: e.LIANXIN_WECHAT_API_BASE,
            linkBase: e.LIANXIN_WECHAT_LINK_BASE,
          }
        : undefined,
    logLevel: e.LOG_LEVEL,
    limits: limitsOf(env),
  };
}
