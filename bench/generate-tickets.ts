import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { rebuildRollup } from '../src/server/modules/stats';
import type { Vault } from '../src/server/platform/crypto';
import { createRandom, type Random } from '../src/server/platform/random';
import { vectorLiteral } from '../src/server/platform/text';
import type { Channel, Horizon, TicketKind, TicketState, Urgency } from '../src/shared/tickets';
import { asJsonb, asLtree, asTime, asTsvector, type BulkColumn, createBulk } from './bulk-insert';
import { liveTicket } from './ticket-life';
import { createVolunteers, loadRegion, type PlaceRow } from './ticket-region';
import { CHANNEL_WEIGHTS, callerName, MATTERS, type Matter } from './ticket-texts';
import { createWorkingClock, type WorkingClock } from './working-clock';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;
const BATCH = 2000;

const t = (name: string, type: BulkColumn['type'], as?: BulkColumn['as']): BulkColumn => ({
  name,
  type,
  ...(as ? { as } : {}),
});
const TICKET_COLUMNS: BulkColumn[] = [
  ...['district_id', 'id'].map((n) => t(n, 'uuid')),
  ...['number', 'kind'].map((n) => t(n, 'text')),
  t('category_id', 'uuid'),
  t('channel', 'text'),
  t('place_id', 'uuid'),
  t('place_path', 'text', asLtree),
  t('owner_path', 'text', asLtree),
  ...['address', 'urgency', 'horizon', 'title', 'description', 'state', 'outcome'].map((n) => t(n, 'text')),
  t('submitter_name', 'text'),
  t('submitter_phone_enc', 'text'),
  t('submitter_phone_hash', 'text'),
  t('is_anonymous', 'bool'),
  t('is_public', 'bool'),
  ...['unit_id', 'claimant_id', 'merged_into_id'].map((n) => t(n, 'uuid')),
  ...['reopen_count', 'return_count', 'escalation_count', 'extension_count', 'urge_count'].map((n) =>
    t(n, 'int'),
  ),
  t('rating', 'text'),
  ...[
    'response_due_at',
    'handle_due_at',
    'warn_at',
    'responded_at',
    'dispatched_at',
    'resolved_at',
    'rated_at',
    'closed_at',
    'overdue_notified_at',
    'created_at',
    'updated_at',
  ].map((n) => t(n, 'float8', asTime)),
  t('search_text', 'text', asTsvector),
];
const EVENT_COLUMNS: BulkColumn[] = [
  t('district_id', 'uuid'),
  t('ticket_id', 'uuid'),
  ...['action', 'from_state', 'to_state'].map((n) => t(n, 'text')),
  t('actor_id', 'uuid'),
  t('actor_name', 'text'),
  t('note', 'text'),
  t('data', 'text', asJsonb),
  t('at', 'float8', asTime),
];

export type GenerateOptions = {
  count: number;
  now: Date;
  /** Tickets are spread over this many days before now. */
  days: number;
  vault: Vault;
  seed?: number;
  log?: (line: string) => void;
};

/**
 * Fills the demo region with `count` tickets of `days` days of a live system: day volumes that grow over the
 * period and drop on weekends and holidays, office-hour peaks, busier and quieter buildings, the matters the
 * seed articles name, and each ticket's whole timeline (ticket-life.ts) with deadlines from the real rules on
 * the real working calendar, numbers from one serial as the intake makes them, search vectors from platform/text.ts.
 * Written in unnest batches with the secondary indexes dropped and rebuilt afterwards (a bulk load's usual
 * shape). Bench tickets carry no audit entries, followers or notifications: no submitter has an account.
 */
export async function generateTickets(database: Database, options: GenerateOptions) {
  const log = options.log ?? (() => undefined);
  const rnd = createRandom(options.seed ?? 20_261_122);
  const now = options.now.getTime();
  const region = await loadRegion(database);
  const volunteers = await createVolunteers(database, region.communities);
  const firstDay = beijingMidnight(now) - (options.days - 1) * DAY_MS;
  const clock = createWorkingClock(region.calendar, firstDay - 2 * DAY_MS, now + 800 * DAY_MS, rnd);
  const pickBuilding = weightedPicker(region.buildings, () => rnd.between(0.3, 2) ** 2, rnd);
  const pickMatter = weightedPicker(MATTERS, (m) => m.weight, rnd);

  const started = performance.now();
  const dropped = await dropSecondaryIndexes(database);
  const tickets = createBulk('ticket', TICKET_COLUMNS);
  const events = createBulk('ticket_event', EVENT_COLUMNS);
  const vectors = new Map<string, string>();
  const lastOfKind = new Map<string, { id: string; number: string }>();
  const states: Partial<Record<TicketState, number>> = {};
  let made = 0;
  let eventCount = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    await writing;
    // Tickets before their events (foreign key); the next batch is generated while this one is written.
    const writeTickets = tickets.take();
    const writeEvents = events.take();
    writing = writeTickets(database.db).then(() => writeEvents(database.db));
    // Handled here so a failure waits for the next await instead of ending the process unexplained.
    writing.catch(() => undefined);
  };

  for (const [dayStart, quota] of dailyQuotas(region.calendar, firstDay, options.days, options.count)) {
    const until = Math.min(dayStart + DAY_MS, now);
    const times = Array.from({ length: quota }, () => timeOfDay(dayStart, until, rnd)).sort((a, b) => a - b);
    for (const createdAt of times) {
      const building = pickBuilding();
      const matter = pickMatter();
      const row = makeTicket({
        building,
        matter,
        createdAt,
        rnd,
        clock,
        now,
        region,
        volunteers,
        lastOfKind,
      });
      const day = dayLabel(createdAt);
      row.ticket.number = `GD-${day.replaceAll('-', '')}-${String(made + 1).padStart(6, '0')}`;
      row.ticket.search_text = vectorOf(vectors, row.ticket);
      Object.assign(row.ticket, sensitive(options.vault, rnd));
      lastOfKind.set(row.mergeKey, { id: row.ticket.id as string, number: row.ticket.number as string });
      tickets.push(row.ticket);
      for (const e of row.events) {
        events.push(e);
      }
      eventCount += row.events.length;
      const state = row.ticket.state as TicketState;
      states[state] = (states[state] ?? 0) + 1;
      made++;
      if (tickets.size >= BATCH) {
        await flush();
      }
      if (made % 100_000 === 0) {
        log(`  ${made} tickets generated (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      }
    }
  }
  await flush();
  await writing;
  // Intake after the load continues the serial (ticket_number_seq).
  await database.db.execute(sql`SELECT setval('ticket_number_seq', ${made})`);
  const loaded = performance.now();
  await recreateIndexes(database, dropped);
  const indexed = performance.now();
  await database.db.execute(sql`ANALYZE ticket`);
  await database.db.execute(sql`ANALYZE ticket_event`);
  // The load wrote finished tickets around the moves: their statistics' roll-up is folded from them at once,
  // as `npm run stats:rebuild` does.
  const rollupRows = await database.db.transaction((tx) =>
    rebuildRollup(tx, { now: options.now, zone: 'Asia/Shanghai' }),
  );
  await database.db.execute(sql`ANALYZE ticket_rollup`);
  const rolledUp = performance.now();
  return {
    tickets: made,
    events: eventCount,
    days: options.days,
    states,
    loadSeconds: +((loaded - started) / 1000).toFixed(1),
    indexSeconds: +((indexed - loaded) / 1000).toFixed(1),
    rollupRows,
    rollupSeconds: +((rolledUp - indexed) / 1000).toFixed(1),
    totalSeconds: +((performance.now() - started) / 1000).toFixed(1),
  };
}

type MakeInput = {
  building: PlaceRow;
  matter: Matter;
  createdAt: number;
  rnd: Random;
  clock: WorkingClock;
  now: number;
  region: Awaited<ReturnType<typeof loadRegion>>;
  volunteers: Map<string, string>;
  lastOfKind: Map<string, { id: string; number: string }>;
};

function makeTicket(x: MakeInput) {
  const { building, matter, rnd, region } = x;
  const compound = region.ancestor(building.path, 4);
  const community = region.ancestor(building.path, 3);
  if (!compound || !community) {
    throw new Error(`bench: building ${building.id} has no compound or community`);
  }
  const onBuilding = matter.title.includes('{b}') || rnd.chance(0.4);
  const where = onBuilding ? building : compound;
  const fill = (text: string) =>
    text.replaceAll('{b}', `${compound.name}${building.name}`).replaceAll('{c}', compound.name);
  const urgency = rnd.weighted<Urgency>([
    ['normal', 90],
    ['urgent', 8],
    ['emergency', 2],
  ]);
  const channel = rnd.weighted<Channel>(CHANNEL_WEIGHTS);
  const rule = region.ruleFor(matter.kind, matter.category, urgency);
  const add = (hours: number) =>
    rule.isCalendarTime ? x.createdAt + hours * HOUR_MS : x.clock.add(x.createdAt, hours);
  const id = randomUUID();
  const mergeKey = `${community.id}|${matter.category}`;
  const life = liveTicket(
    {
      kind: matter.kind,
      createdAt: x.createdAt,
      creatorName: CREATORS[channel] ?? '社区工作人员',
      channel,
      ownerPath: community.path,
      limits: { handleDueAt: add(rule.handleHours), warnAt: add(rule.handleHours * 0.8) },
      units: region.unitsFor(community.path, matter.category),
      volunteerId: x.volunteers.get(community.id) ?? '',
      mergeTarget: x.lastOfKind.get(mergeKey) ?? null,
    },
    rnd,
    x.clock,
    x.now,
  );
  const f = life.fields;
  const ticket: Record<string, unknown> = {
    district_id: building.districtId,
    id,
    kind: matter.kind satisfies TicketKind,
    category_id: region.categoryId(matter.category),
    channel,
    place_id: where.id,
    place_path: where.path,
    owner_path: f.ownerPath,
    address: onBuilding ? `${compound.name}${building.name}` : compound.name,
    urgency,
    horizon: rnd.weighted<Horizon>([
      ['immediate', 55],
      ['deadline', 40],
      ['long_term', 5],
    ]),
    title: fill(matter.title),
    description: fill(rnd.pick(matter.descriptions)),
    state: f.state,
    outcome: f.outcome,
    is_public: matter.kind === 'wish' || rnd.chance(0.4),
    unit_id: f.unitId,
    claimant_id: f.claimantId,
    merged_into_id: f.mergedIntoId,
    reopen_count: f.reopenCount,
    return_count: f.returnCount,
    escalation_count: f.escalationCount,
    extension_count: f.extensionCount,
    urge_count: f.urgeCount,
    rating: f.rating,
    response_due_at: add(rule.responseHours),
    handle_due_at: f.handleDueAt,
    warn_at: f.warnAt,
    responded_at: f.respondedAt,
    dispatched_at: f.dispatchedAt,
    resolved_at: f.resolvedAt,
    rated_at: f.ratedAt,
    closed_at: f.closedAt,
    overdue_notified_at: f.overdueNotifiedAt,
    created_at: x.createdAt,
    updated_at: f.updatedAt,
  };
  const events = life.events.map((e) => ({
    district_id: building.districtId,
    ticket_id: id,
    action: e.action,
    from_state: e.fromState,
    to_state: e.toState,
    actor_id: e.actorId,
    actor_name: e.actorName,
    note: e.note,
    data: JSON.stringify(e.data),
    at: e.at,
  }));
  return { ticket, events, mergeKey };
}

const CREATORS: Partial<Record<Channel, string>> = {
  hotline: '热线接线员',
  external: '12345热线',
  grid_visit: '网格员',
};

/** Caller name and (encrypted, blind-indexed) phone, as createTicket stores them for staff-entered tickets. */
function sensitive(vault: Vault, rnd: Random) {
  const phone = rnd.chance(0.7)
    ? `1${rnd.pick(['3', '5', '7', '8', '9'])}${rnd.int(100_000_000, 999_999_999)}`
    : null;
  const anonymous = rnd.chance(0.05);
  return {
    submitter_name: anonymous ? null : callerName(rnd.pick),
    submitter_phone_enc: phone ? vault.encrypt(phone) : null,
    submitter_phone_hash: phone ? vault.blindIndex(phone) : null,
    is_anonymous: anonymous,
  };
}

/** Search vectors repeat per building × matter × description: computed once each (jieba is ~0.2 ms a text). */
function vectorOf(cache: Map<string, string>, row: Record<string, unknown>): string {
  const key = `${row.title}\u0001${row.description}\u0001${row.address}`;
  let vector = cache.get(key);
  if (vector === undefined) {
    vector = vectorLiteral([
      { text: String(row.title), weight: 'A' },
      { text: String(row.description), weight: 'B' },
      { text: String(row.address ?? ''), weight: 'C' },
    ]);
    if (cache.size > 300_000) {
      cache.clear();
    }
    cache.set(key, vector);
  }
  return vector;
}

/** Tickets per day: a volume growing from 70 % to 130 % over the period; weekends and holidays at 45 %. */
function* dailyQuotas(
  calendar: { isWorkday(day: string): boolean },
  firstDay: number,
  days: number,
  count: number,
): Generator<[number, number]> {
  const weights = Array.from({ length: days }, (_, d) => {
    const start = firstDay + d * DAY_MS;
    return (0.7 + (0.6 * d) / Math.max(1, days - 1)) * (calendar.isWorkday(dayLabel(start)) ? 1 : 0.45);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  let owed = 0;
  for (let d = 0; d < days; d++) {
    owed += (count * (weights[d] as number)) / total;
    const quota = d === days - 1 ? count - given : Math.floor(owed - given);
    given += quota;
    yield [firstDay + d * DAY_MS, quota];
  }
}

// Beijing hours of the day: office hours peak, evenings lighter, nights rare.
const HOUR_WEIGHTS = [
  0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 1, 4, 5, 5, 4, 2, 2, 4, 5, 4, 3, 2, 2, 1.5, 1, 0.6, 0.3,
];
const HOURS = HOUR_WEIGHTS.map((w, h) => [h, w] as const);

function timeOfDay(dayStart: number, until: number, rnd: Random): number {
  for (let tries = 0; tries < 20; tries++) {
    const at = dayStart + rnd.weighted(HOURS) * HOUR_MS + Math.floor(rnd.next() * HOUR_MS);
    if (at < until) {
      return at;
    }
  }
  return dayStart + Math.floor(rnd.next() * Math.max(1, until - dayStart));
}

function weightedPicker<T>(items: readonly T[], weightOf: (item: T) => number, rnd: Random): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += weightOf(item);
    cumulative.push(total);
  }
  return () => {
    const r = rnd.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) <= r) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return items[lo] as T;
  };
}

function beijingMidnight(ms: number): number {
  return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS;
}

function dayLabel(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

type IndexDef = { name: string; def: string };

/** Secondary indexes of ticket and ticket_event (not primary keys, not constraints): dropped for the load. */
async function dropSecondaryIndexes(database: Database): Promise<IndexDef[]> {
  const result = (await database.db.execute(sql`SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class r ON r.oid = x.indrelid
    WHERE r.relname IN ('ticket', 'ticket_event') AND NOT x.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`)) as unknown as {
    rows: IndexDef[];
  };
  for (const index of result.rows) {
    await database.db.execute(sql`DROP INDEX ${sql.identifier(index.name)}`);
  }
  return result.rows;
}

async function recreateIndexes(database: Database, indexes: IndexDef[]) {
  const memory = database.kind === 'postgres' ? '512MB' : '128MB';
  for (const index of indexes) {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL maintenance_work_mem = '${memory}'`));
      await tx.execute(sql.raw(index.def));
    });
  }
}
