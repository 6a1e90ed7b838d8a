import { and, asc, desc, eq, gte, inArray, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import { OPEN_STATES } from '../../../shared/ticket-workflow';
import type { Tx } from '../../db/client';
import { category, place, ticket, ticketEvent, unit } from '../../db/schema';
import { idOfLabel } from '../../platform/scope';

export type CategoryRow = typeof category.$inferSelect;
export type TicketRow = typeof ticket.$inferSelect;

/** What an Open311 submission adds to the ticket's `submit` event (the ticket table has no place for it). */
export type SubmitExtras = {
  open311KeyId: string;
  mediaUrl: string | null;
  /** Further links of a repeated media_url (GeoReport shows one). */
  moreMediaUrls?: string[];
};

// Timeline moves whose notes the resident is told anyway (reasons for rejecting, progress, results). Returns,
// escalations, urging and extensions are internal; a rating's comment is the resident's own words.
export const PUBLIC_ACTIONS = [
  'submit',
  'accept',
  'reject',
  'merge',
  'dispatch',
  'pool',
  'receive',
  'claim',
  'progress',
  'resolve',
  'rate',
  'close',
] as const;
export type PublicAction = (typeof PUBLIC_ACTIONS)[number];
const NOTE_HIDDEN: readonly PublicAction[] = ['rate'];

/** The offered services: active second-level categories under active parents, in taxonomy order. */
export async function findServiceCategories(tx: Tx) {
  const rows = await tx.select().from(category).orderBy(asc(category.sort), asc(category.code));
  const parents = new Map(rows.filter((r) => !r.parentId && r.isActive).map((r) => [r.id, r]));
  const ordered = [...parents.values()].flatMap((p) =>
    rows.filter((r) => r.parentId === p.id && r.isActive).map((leaf) => ({ leaf, parent: p })),
  );
  return ordered;
}

/** The tickets a key filed: the key is stored on the submit event (the ticket table has no place for it). */
function filedBy(keyId: string | null): SQL {
  return keyId
    ? sql`(${ticket.channel} = 'external' AND EXISTS (SELECT 1 FROM ${ticketEvent} e
        WHERE e.district_id = ${ticket.districtId} AND e.ticket_id = ${ticket.id}
        AND e.action = 'submit' AND e.data->>'open311KeyId' = ${keyId}))`
    : sql`false`;
}

export type RequestFilter = {
  /** The jurisdiction's subtree, or null for the whole tree. */
  underPath: string | null;
  /**
   * By id every request is found, published or not: whoever filed it (a 12345 desk, a FixMyStreet instance)
   * must be able to follow it, and an id is only known to those it was given to. Unpublished ones are then
   * presented without what the resident wrote (presenter.ts).
   */
  ids?: string[];
  categoryIds?: string[];
  from?: Date;
  to?: Date;
  status?: 'open' | 'closed';
  /** Besides tickets their residents agreed to publish: those this key filed. */
  keyId: string | null;
  limit: number;
};

/**
 * Tickets an Open311 caller may see, newest first. By id: any. In lists: published ones (the resident's
 * consent, BRIEF §8) for everyone; a key also sees what it filed itself, so an outside system can follow its
 * own requests.
 */
export async function findVisibleTickets(tx: Tx, f: RequestFilter): Promise<TicketRow[]> {
  return tx
    .select()
    .from(ticket)
    .where(
      and(
        f.ids ? undefined : sql`(${ticket.isPublic} OR ${filedBy(f.keyId)})`,
        f.underPath ? sql`${ticket.placePath} <@ ${f.underPath}::ltree` : undefined,
        f.ids ? sql`${ticket.id} = ANY(${sql.param(f.ids)}::uuid[])` : undefined,
        f.categoryIds ? inArray(ticket.categoryId, f.categoryIds) : undefined,
        f.from ? gte(ticket.createdAt, f.from) : undefined,
        f.to ? lt(ticket.createdAt, f.to) : undefined,
        f.status === 'open' ? inArray(ticket.state, [...OPEN_STATES]) : undefined,
        f.status === 'closed' ? notInArray(ticket.state, [...OPEN_STATES]) : undefined,
      ),
    )
    .orderBy(desc(ticket.createdAt), desc(ticket.id))
    .limit(f.limit);
}

export type UpdateFilter = Pick<RequestFilter, 'underPath' | 'keyId' | 'limit'> & { from: Date; to: Date };

/**
 * Public timeline events (FixMyStreet's servicerequestupdates) of the tickets a list would show the caller,
 * oldest first within [from, to): what an outside system polls to follow the requests it knows.
 */
export async function findPublicUpdates(tx: Tx, f: UpdateFilter) {
  return tx
    .select({ event: ticketEvent, ticket })
    .from(ticketEvent)
    .innerJoin(
      ticket,
      and(eq(ticket.districtId, ticketEvent.districtId), eq(ticket.id, ticketEvent.ticketId)),
    )
    .where(
      and(
        sql`(${ticket.isPublic} OR ${filedBy(f.keyId)})`,
        f.underPath ? sql`${ticket.placePath} <@ ${f.underPath}::ltree` : undefined,
        inArray(ticketEvent.action, [...PUBLIC_ACTIONS]),
        gte(ticketEvent.at, f.from),
        lt(ticketEvent.at, f.to),
      ),
    )
    .orderBy(asc(ticketEvent.at), asc(ticketEvent.id))
    .limit(f.limit);
}

export type EventFacts = { action: PublicAction; note: string | null; data: Record<string, unknown> };

/** What of a public event may be told: its action, its note unless the note is the resident's own, its data. */
export function publicFacts(e: {
  action: string;
  note: string | null;
  data: Record<string, unknown>;
}): EventFacts {
  const action = e.action as PublicAction;
  return { action, note: NOTE_HIDDEN.includes(action) ? null : e.note, data: e.data };
}

/** Per ticket: its latest public event, and the extras stored on its submit event. */
export async function findTimelineFacts(tx: Tx, rows: TicketRow[]) {
  const latest = new Map<string, EventFacts>();
  const extras = new Map<string, Partial<SubmitExtras>>();
  if (rows.length === 0) {
    return { latest, extras };
  }
  const ids = sql.param(rows.map((r) => r.id));
  const districts = sql.param([...new Set(rows.map((r) => r.districtId))]);
  const within = sql`${ticketEvent.districtId} = ANY(${districts}::uuid[]) AND ${ticketEvent.ticketId} = ANY(${ids}::uuid[])`;
  const newest = await tx
    .selectDistinctOn([ticketEvent.ticketId], {
      ticketId: ticketEvent.ticketId,
      action: ticketEvent.action,
      note: ticketEvent.note,
      data: ticketEvent.data,
    })
    .from(ticketEvent)
    .where(and(within, inArray(ticketEvent.action, [...PUBLIC_ACTIONS])))
    .orderBy(ticketEvent.ticketId, desc(ticketEvent.at), desc(ticketEvent.id));
  for (const e of newest) {
    latest.set(e.ticketId, publicFacts(e));
  }
  const submits = await tx
    .select({ ticketId: ticketEvent.ticketId, data: ticketEvent.data })
    .from(ticketEvent)
    .where(and(within, eq(ticketEvent.action, 'submit')));
  for (const s of submits) {
    extras.set(s.ticketId, s.data as Partial<SubmitExtras>);
  }
  return { latest, extras };
}

/** Names and codes the presenter needs: categories, units, places (the ticket's and its owner office's). */
export async function findNames(tx: Tx, rows: TicketRow[]) {
  const unitIds = [...new Set(rows.map((r) => r.unitId).filter((v): v is string => Boolean(v)))];
  const placeIds = [...new Set(rows.map((r) => r.placeId))];
  const ownerIds = [...new Set(rows.map((r) => idOfLabel(r.ownerPath.split('.').at(-1) ?? '')))];
  const [categories, units, places] = await Promise.all([
    tx.select().from(category),
    unitIds.length
      ? tx.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.id, unitIds))
      : [],
    tx
      .select({ id: place.id, code: place.code, name: place.name })
      .from(place)
      .where(inArray(place.id, [...new Set([...placeIds, ...ownerIds])])),
  ]);
  return {
    categories: new Map(categories.map((c) => [c.id, c])),
    units: new Map(units.map((u) => [u.id, u.name])),
    places: new Map(places.map((p) => [p.id, p])),
  };
}
export type Names = Awaited<ReturnType<typeof findNames>>;

/** A place by code inside a subtree (address_id), or undefined. */
export async function findPlaceWithin(tx: Tx, code: string, underPath: string) {
  const [row] = await tx
    .select({ id: place.id, path: place.path })
    .from(place)
    .where(and(eq(place.code, code), sql`${place.path} <@ ${underPath}::ltree`));
  return row;
}

/**
 * The box that covers a place: its own, else its nearest ancestor's; undefined when none up the tree has one (a
 * position can then not be checked).
 */
export async function findBounds(tx: Tx, path: string) {
  const [row] = await tx
    .select({ bounds: place.bounds })
    .from(place)
    .where(and(sql`${place.path} @> ${path}::ltree`, sql`${place.bounds} IS NOT NULL`))
    .orderBy(desc(sql`nlevel(${place.path})`))
    .limit(1);
  return row?.bounds ?? undefined;
}
