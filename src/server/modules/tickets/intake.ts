import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { TICKET_WORKFLOW } from '../../../shared/ticket-workflow';
import type { Channel, TicketCreate } from '../../../shared/tickets';
import { placeholders, prepared } from '../../db/prepared';
import { account, place, ticket, type ticketEvent } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { forbidden, invalidField, notFound } from '../../platform/errors';
import { isWithin } from '../../platform/scope';
import { vectorLiteral } from '../../platform/text';
import { computeLimits, TICKET_CONFIG } from './deadlines';
import { type IntakeFacts, intakeCheckFor } from './hooks';
import { follow } from './notify';
import { initialOwnerPath } from './relations';
import {
  numberAfter,
  placeDisplayName,
  recordEvent,
  TICKET_ROW,
  type TicketRow,
  ticketNumberPrefix,
} from './repo';

function defaultChannel(ctx: Ctx): Channel {
  if (ctx.actor.kind === 'resident') {
    return 'resident_app';
  }
  if (ctx.actor.kind === 'system') {
    return 'external';
  }
  return ctx.actor.roles.includes('grid_worker') ? 'grid_visit' : 'hotline';
}

/**
 * The phone to call the submitter back on: the one typed at intake, else a resident's own account phone, copied
 * inside the INSERT (no extra round trip) so the office can call back even after the account changes.
 */
/**
 * The contact phone a ticket keeps: the one typed in, or a resident's own (copied inside the INSERT from their
 * account, so that it is never decrypted on the way).
 */
function contactPhone(ctx: Ctx, typed: string | undefined) {
  if (typed) {
    return {
      submitterPhoneEnc: ctx.vault.encrypt(typed),
      submitterPhoneHash: ctx.vault.blindIndex(typed),
      phoneOf: null,
    };
  }
  const own = ctx.actor.kind === 'resident' ? ctx.actor.accountId : null;
  return { submitterPhoneEnc: null, submitterPhoneHash: null, phoneOf: own };
}

const value = (name: string) => sql.placeholder(name);
const accountPhone = (column: typeof account.phoneEnc | typeof account.phoneHash, name: string) =>
  sql<
    string | null
  >`coalesce(${value(name)}::text, (SELECT ${column} FROM ${account} WHERE ${account.id} = ${value('phoneOf')}::uuid))`;

// The columns every intake writes, each a placeholder of its own name: the INSERT is built once per process.
const INTAKE_COLUMNS = [
  'districtId',
  'id',
  'kind',
  'categoryId',
  'channel',
  'placeId',
  'placePath',
  'ownerPath',
  'address',
  'lat',
  'lng',
  'urgency',
  'horizon',
  'title',
  'description',
  'state',
  'submitterId',
  'submitterName',
  'isAnonymous',
  'isPublic',
  'createdById',
  'offeringId',
  'claimsNeeded',
  'acceptUnitId',
  'autoDispatchUnitId',
  'responseDueAt',
  'handleDueAt',
  'warnAt',
  'searchText',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof typeof ticket.$inferInsert)[];
/** A kind no other module builds on: one claimant, and the office accepts and dispatches it. */
const NO_INTAKE_FACTS: IntakeFacts = {
  offeringId: null,
  claimsNeeded: 1,
  acceptUnitId: null,
  autoDispatchUnitId: null,
};
type IntakeColumn = (typeof INTAKE_COLUMNS)[number];
type IntakeValues = { [K in IntakeColumn]-?: Exclude<(typeof ticket.$inferInsert)[K], undefined> } & {
  submitterPhoneEnc: string | null;
  submitterPhoneHash: string | null;
  phoneOf: string | null;
  numberPrefix: string;
};

const insertTicket = prepared('ticket_intake', (tx) =>
  tx
    .insert(ticket)
    .values({
      ...placeholders(INTAKE_COLUMNS),
      number: numberAfter(sql`${value('numberPrefix')}`),
      submitterPhoneEnc: accountPhone(account.phoneEnc, 'submitterPhoneEnc'),
      submitterPhoneHash: accountPhone(account.phoneHash, 'submitterPhoneHash'),
    })
    .returning(TICKET_ROW),
);

const findPlace = prepared('ticket_intake_place', (tx) =>
  tx
    .select({ id: place.id, path: place.path, districtId: place.districtId, name: placeDisplayName })
    .from(place)
    .where(eq(place.id, value('placeId'))),
);

/**
 * Takes in a ticket from any channel: a resident for themselves, staff for someone they met or who called
 * (within their subtree), or an outside system. Sets the number, the owner node and the deadlines.
 * Throws not_found (place, category), forbidden (place outside the caller's area).
 */
export async function createTicket(
  ctx: Ctx,
  input: TicketCreate,
  /** More facts for the submit event (an outside system's key, its media link): timelines are append-only. */
  submitData: Record<string, unknown> = {},
) {
  const [where] = await findPlace(ctx.tx).execute({ placeId: input.placeId });
  if (!where) {
    throw notFound('place_not_found');
  }
  if (ctx.actor.kind === 'staff' && !isWithin(where.path, scopeOf(ctx.actor))) {
    throw forbidden('out_of_scope');
  }
  const config = await ctx.cached(TICKET_CONFIG);
  const category = input.categoryId ? config.categories.get(input.categoryId) : undefined;
  if (input.categoryId && !category) {
    throw invalidField('body.categoryId', 'unknown_value', { value: input.categoryId });
  }
  // A kind another module builds on (a service order names its offering) is checked by that module.
  const check = intakeCheckFor(input.kind);
  if (!check && input.offeringId !== undefined) {
    throw invalidField('body.offeringId', 'not_for_kind');
  }
  const facts = check ? await check(ctx, input, where.path) : NO_INTAKE_FACTS;
  const districtId = where.districtId ?? where.id;
  const id = randomUUID();
  const isResident = ctx.actor.kind === 'resident';
  const limits = await computeLimits(
    ctx,
    { kind: input.kind, categoryId: input.categoryId ?? null, urgency: input.urgency },
    ctx.now,
  );
  const row: IntakeValues = {
    districtId,
    id,
    numberPrefix: ticketNumberPrefix(ctx.now, ctx.zone),
    kind: input.kind,
    categoryId: input.categoryId ?? null,
    channel: input.channel ?? defaultChannel(ctx),
    placeId: where.id,
    placePath: where.path,
    ownerPath: initialOwnerPath(where.path),
    address: input.address ?? null,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    urgency: input.urgency,
    horizon: input.horizon,
    title: input.title,
    description: input.description,
    state: TICKET_WORKFLOW.initial,
    submitterId: isResident ? ctx.actor.accountId : null,
    submitterName: isResident ? ctx.actor.name : (input.submitterName ?? null),
    ...contactPhone(ctx, input.submitterPhone),
    isAnonymous: input.isAnonymous,
    isPublic: input.isPublic,
    createdById: ctx.actor.accountId,
    offeringId: facts.offeringId,
    claimsNeeded: facts.claimsNeeded,
    acceptUnitId: facts.acceptUnitId,
    autoDispatchUnitId: facts.autoDispatchUnitId,
    ...limits,
    searchText: vectorLiteral([
      { text: input.title, weight: 'A' },
      { text: input.description, weight: 'B' },
      { text: input.address ?? '', weight: 'C' },
    ]),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const [created] = (await insertTicket(ctx.tx).execute(row)) as TicketRow[];
  // The submit event is the timeline's first line; nothing reads it before COMMIT, which writes it.
  const event = {
    districtId,
    id: randomUUID(),
    ticketId: id,
    action: 'submit',
    fromState: null,
    toState: TICKET_WORKFLOW.initial,
    actorId: ctx.actor.accountId,
    actorName: ctx.actor.name,
    note: null,
    data: { ...submitData, channel: row.channel },
    at: ctx.now,
  } satisfies typeof ticketEvent.$inferSelect;
  recordEvent(ctx, event);
  if (row.submitterId) {
    await follow(ctx, row, row.submitterId, 'submitter');
  }
  await ctx.audit({
    action: 'ticket.create',
    targetType: 'ticket',
    targetId: id,
    districtId,
    after: { number: created?.number, kind: row.kind, placeId: row.placeId, channel: row.channel },
  });
  if (!created) {
    throw new Error('intake: the INSERT returned no row');
  }
  return { id, districtId, row: created, event, placeName: where.name, categoryName: category?.name ?? null };
}

export type Created = Awaited<ReturnType<typeof createTicket>>;
