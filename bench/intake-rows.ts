import { randomUUID } from 'node:crypto';
import { and, inArray, sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Database } from '../src/server/db/client';
import { category, place, ticket, ticketEvent } from '../src/server/db/schema';
import { computeLimits, type Limits } from '../src/server/modules/tickets/deadlines';
import { initialOwnerPath } from '../src/server/modules/tickets/relations';
import { ticketNumber } from '../src/server/modules/tickets/repo';
import { type Actor, runAs, type Services, SYSTEM_ACTOR } from '../src/server/platform/context';
import { createRandom } from '../src/server/platform/random';
import { vectorLiteral } from '../src/server/platform/text';
import type { TicketCreate } from '../src/shared/tickets';
import { BENCH_META } from './accounts';
import { callerName, MATTERS } from './ticket-texts';

/**
 * `count` different POST /api/tickets bodies an office would send: the matters of ticket-texts.ts on the
 * caller's compounds and buildings, with caller names and phones, so no two consecutive requests are alike.
 */
export async function intakeBodies(database: Database, actor: Actor, count: number): Promise<TicketCreate[]> {
  const rnd = createRandom(7);
  const places = await database.db
    .select({ id: place.id, name: place.name, level: place.level, path: place.path })
    .from(place)
    .where(
      and(
        sql`${place.path} <@ ${actor.placePath ?? ''}::ltree`,
        inArray(place.level, ['compound', 'building']),
      ),
    );
  const compounds = places.filter((p) => p.level === 'compound');
  const buildings = places.filter((p) => p.level === 'building');
  const categories = new Map(
    (await database.db.select({ id: category.id, code: category.code }).from(category)).map((c) => [
      c.code,
      c.id,
    ]),
  );
  // A service order names an offering of the menu; the office's typed-in intake is every other kind.
  const typedIn = MATTERS.filter((m) => m.kind !== 'service');
  return Array.from({ length: count }, () => {
    const matter = rnd.pick(typedIn);
    const building = rnd.pick(buildings);
    const compound = compounds.find((c) => building.path.startsWith(`${c.path}.`)) ?? rnd.pick(compounds);
    const fill = (text: string) =>
      text.replaceAll('{b}', `${compound.name}${building.name}`).replaceAll('{c}', compound.name);
    const onBuilding = matter.title.includes('{b}') || rnd.chance(0.4);
    return {
      kind: matter.kind,
      title: fill(matter.title),
      description: fill(rnd.pick(matter.descriptions)),
      placeId: onBuilding ? building.id : compound.id,
      categoryId: categories.get(matter.category),
      channel: rnd.pick(['hotline', 'hotline', 'service_desk', 'reception'] as const),
      urgency: rnd.chance(0.9) ? 'normal' : 'urgent',
      horizon: rnd.chance(0.6) ? 'immediate' : 'deadline',
      address: onBuilding ? `${compound.name}${building.name}` : compound.name,
      isAnonymous: false,
      isPublic: rnd.chance(0.4),
      submitterName: callerName(rnd.pick),
      submitterPhone: `13${rnd.int(100_000_000, 999_999_999)}`,
    };
  });
}

/**
 * The rows createTicket writes for each body (ticket + its submit event), prepared in advance — numbers continuing
 * today's counter, deadlines from computeLimits, search vectors from platform/text.ts — so the direct baseline
 * times only the database writes.
 */
export async function directRows(
  database: Database,
  services: Services,
  actor: Actor,
  bodies: TicketCreate[],
  count: number,
) {
  const now = new Date();
  const places = new Map(
    (
      await database.db.select({ id: place.id, path: place.path, districtId: place.districtId }).from(place)
    ).map((p) => [p.id, p]),
  );
  const limits = new Map<string, Limits>();
  await runAs(services, SYSTEM_ACTOR, BENCH_META, async (ctx) => {
    for (const b of bodies) {
      const key = `${b.kind}|${b.categoryId}|${b.urgency}`;
      if (!limits.has(key)) {
        limits.set(
          key,
          await computeLimits(
            ctx,
            { kind: b.kind, categoryId: b.categoryId ?? null, urgency: b.urgency },
            now,
          ),
        );
      }
    }
  });
  const districtId = actor.districtId ?? '';
  const vectors = new Map<string, string>();
  const rows = Array.from({ length: count }, (_, i) => {
    const b = bodies[i % bodies.length] as TicketCreate;
    const where = places.get(b.placeId);
    if (!where) {
      throw new Error('bench: body place missing');
    }
    const id = randomUUID();
    const vectorKey = `${b.title}|${b.description}|${b.address}`;
    const vector =
      vectors.get(vectorKey) ??
      vectorLiteral([
        { text: b.title, weight: 'A' },
        { text: b.description, weight: 'B' },
        { text: b.address ?? '', weight: 'C' },
      ]);
    vectors.set(vectorKey, vector);
    const channel = b.channel ?? 'hotline';
    const row: PgInsertValue<typeof ticket> = {
      districtId,
      id,
      number: ticketNumber(now, services.zone),
      kind: b.kind,
      categoryId: b.categoryId ?? null,
      channel,
      placeId: where.id,
      placePath: where.path,
      ownerPath: initialOwnerPath(where.path),
      address: b.address ?? null,
      urgency: b.urgency,
      horizon: b.horizon,
      title: b.title,
      description: b.description,
      state: 'submitted',
      submitterName: b.submitterName ?? null,
      submitterPhoneEnc: b.submitterPhone ? services.vault.encrypt(b.submitterPhone) : null,
      submitterPhoneHash: b.submitterPhone ? services.vault.blindIndex(b.submitterPhone) : null,
      isAnonymous: b.isAnonymous,
      isPublic: b.isPublic,
      createdById: actor.accountId,
      ...(limits.get(`${b.kind}|${b.categoryId}|${b.urgency}`) as Limits),
      // The column's type makes PostgreSQL read the parameter as a tsvector literal.
      searchText: vector,
      createdAt: now,
      updatedAt: now,
    };
    const event: typeof ticketEvent.$inferInsert = {
      districtId,
      ticketId: id,
      action: 'submit',
      toState: 'submitted',
      actorId: actor.accountId,
      actorName: actor.name,
      data: { channel },
      at: now,
    };
    return { row, event };
  });
  return rows;
}

/**
 * Writes the rows with the server's concurrency model — one transaction per ticket (ticket + submit event),
 * `workers` at a time: PGlite has one connection, PostgreSQL the pool's size — and returns tickets per second.
 */
export async function insertDirect(
  database: Database,
  rows: { row: PgInsertValue<typeof ticket>; event: typeof ticketEvent.$inferInsert }[],
  workers: number,
) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < rows.length) {
        const item = rows[next++];
        if (!item) {
          break;
        }
        await database.db.transaction(async (tx) => {
          await tx.insert(ticket).values(item.row);
          await tx.insert(ticketEvent).values(item.event);
        });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    rows: rows.length,
    workers,
    seconds: +seconds.toFixed(2),
    perSecond: +(rows.length / seconds).toFixed(1),
  };
}
