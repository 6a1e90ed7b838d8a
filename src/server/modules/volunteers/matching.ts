// Who could take an order or a wish that still needs people (志愿者领单), ranked with the reasons shown, and the
// notice that asks them to.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { PLACE_LEVELS } from '../../../shared/roles';
import { OPEN_STATES } from '../../../shared/ticket-workflow';
import {
  SUGGESTION_LIMIT,
  type VolunteerSuggestion,
  type VolunteerSuggestions,
} from '../../../shared/volunteer-matching';
import { account, accountUnit, category, place, serviceOffering, ticket, volunteer } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { isWithin } from '../../platform/scope';
import { getTicketRow, notifyVolunteersWanted, type TicketRow } from '../tickets';
import { isTeamOffice, teamOf } from './access';

/** Service orders take claims once a team has them; a wish while it is on the wall. */
const ORDER_STATES = ['dispatched', 'received', 'claimed'] as const;

type Candidate = {
  accountId: string;
  name: string;
  placePath: string | null;
  placeName: string | null;
  number: string | null;
  skills: string[];
  isPartyMember: boolean;
};

/**
 * The ticket the caller may find volunteers for: an office over it, or the leader of the team it was dispatched
 * to. Throws not_found (outside the caller's area), forbidden, conflict (it needs nobody now).
 */
async function loadNeedingTicket(ctx: Ctx, id: string): Promise<TicketRow> {
  const row = await getTicketRow(ctx.tx, id);
  if (!row || !isWithin(row.placePath, scopeOf(ctx.actor))) {
    throw notFound('ticket_not_found');
  }
  const leads = row.unitId ? (await teamOf(ctx, row.unitId))?.leaderId === ctx.actor.accountId : false;
  if (!isTeamOffice(ctx, row.ownerPath) && !(leads && ctx.actor.accountId)) {
    throw forbidden();
  }
  const needsPeople =
    row.kind === 'service'
      ? row.unitId !== null &&
        (ORDER_STATES as readonly string[]).includes(row.state) &&
        row.claimantIds.length < row.claimsNeeded
      : row.kind === 'wish' && row.state === 'pooled';
  if (!needsPeople) {
    throw conflict('ticket_needs_nobody');
  }
  return row;
}

/**
 * Who may claim it (the workflow's `claimer`: staff accounts with the volunteer role), not a claimant yet: the
 * members of the team an order was dispatched to; for a wish, those whose area holds its place.
 */
async function candidatesFor(ctx: Ctx, row: TicketRow): Promise<Candidate[]> {
  const who =
    row.kind === 'service'
      ? sql`${account.id} IN (SELECT ${accountUnit.accountId} FROM ${accountUnit} WHERE ${accountUnit.unitId} = ${row.unitId})`
      : sql`${account.placePath} @> ${row.placePath}::ltree`;
  const rows = await ctx.tx
    .select({
      accountId: account.id,
      name: account.displayName,
      placePath: account.placePath,
      placeName: place.name,
      number: volunteer.number,
      skills: volunteer.skills,
      isPartyMember: volunteer.isPartyMember,
    })
    .from(account)
    .leftJoin(volunteer, eq(volunteer.accountId, account.id))
    .leftJoin(place, eq(place.id, account.placeId))
    .where(
      and(
        who,
        eq(account.kind, 'staff'),
        sql`'volunteer' = ANY (${account.roles})`,
        eq(account.status, 'active'),
      ),
    );
  const taken = new Set([...row.claimantIds, ...(row.claimantId ? [row.claimantId] : [])]);
  return rows
    .filter((r) => !taken.has(r.accountId))
    .map((r) => ({ ...r, skills: r.skills ?? [], isPartyMember: r.isPartyMember ?? false }));
}

/** What the ticket asks for in words: the offering (an order) or the category, and its own title and text. */
async function wantedText(ctx: Ctx, row: TicketRow): Promise<string> {
  const [offering] = row.offeringId
    ? await ctx.tx
        .select({ name: serviceOffering.name, description: serviceOffering.description })
        .from(serviceOffering)
        .where(eq(serviceOffering.id, row.offeringId))
    : [];
  const [cat] = row.categoryId
    ? await ctx.tx
        .select({ zh: category.nameZh, en: category.nameEn })
        .from(category)
        .where(eq(category.id, row.categoryId))
    : [];
  return [offering?.name, offering?.description, cat?.zh, cat?.en, row.title, row.description]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** Open orders and wishes each of them has claimed, among those the caller reads. */
async function openClaims(ctx: Ctx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await ctx.tx
    .select({ accountId: sql<string>`c.id`, n: sql<number>`count(*)::int` })
    .from(sql`${ticket}, unnest(${ticket.claimantIds}) AS c(id)`)
    .where(and(inArray(ticket.state, [...OPEN_STATES]), sql`c.id = ANY (${sql.param(ids)}::uuid[])`))
    .groupBy(sql`c.id`);
  return new Map(rows.map((r) => [r.accountId, r.n]));
}

/** How many path labels two place paths share from the top (0: not even the district). */
function sharedDepth(a: string | null, b: string): number {
  if (!a) {
    return 0;
  }
  const x = a.split('.');
  const y = b.split('.');
  let depth = 0;
  while (depth < x.length && depth < y.length && x[depth] === y[depth]) {
    depth++;
  }
  return depth;
}

/**
 * Skill beats place beats load: more matched skills first, then the nearer (deeper shared place), then the one
 * holding fewer open claims, then by name.
 */
export function rankSuggestions(
  items: (VolunteerSuggestion & { depth: number })[],
): (VolunteerSuggestion & { depth: number })[] {
  return [...items].sort(
    (a, b) =>
      b.matchedSkills.length - a.matchedSkills.length ||
      b.depth - a.depth ||
      a.openClaims - b.openClaims ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
}

/** The ranked volunteers for a ticket that still needs people. Throws as loadNeedingTicket. */
export async function suggestVolunteers(ctx: Ctx, id: string): Promise<VolunteerSuggestions> {
  return (await suggestionsFor(ctx, id)).answer;
}

async function suggestionsFor(
  ctx: Ctx,
  id: string,
): Promise<{ row: TicketRow; answer: VolunteerSuggestions }> {
  const row = await loadNeedingTicket(ctx, id);
  const candidates = await candidatesFor(ctx, row);
  const text = await wantedText(ctx, row);
  const loads = await openClaims(
    ctx,
    candidates.map((c) => c.accountId),
  );
  const ranked = rankSuggestions(
    candidates.map((c) => {
      const depth = sharedDepth(c.placePath, row.placePath);
      return {
        accountId: c.accountId,
        name: c.name,
        volunteerNumber: c.number,
        isPartyMember: c.isPartyMember,
        matchedSkills: c.skills.filter((s) => s.trim() !== '' && text.includes(s.toLowerCase())),
        skills: c.skills,
        placeName: c.placeName,
        sharedLevel: PLACE_LEVELS[depth - 1] ?? null,
        openClaims: loads.get(c.accountId) ?? 0,
        depth,
      };
    }),
  );
  const answer = {
    ticketId: row.id,
    stillNeeded: row.kind === 'service' ? row.claimsNeeded - row.claimantIds.length : 1,
    items: ranked.slice(0, SUGGESTION_LIMIT).map(({ depth: _depth, ...item }) => item),
  };
  return { row, answer };
}

/**
 * Asks some of the suggested volunteers to take the ticket: an inbox notice each, audited. Only ids among the
 * suggestions (validation_failed otherwise). Throws as suggestVolunteers.
 */
export async function notifySuggested(ctx: Ctx, id: string, accountIds: string[]): Promise<number> {
  const { row, answer } = await suggestionsFor(ctx, id);
  const suggested = new Set(answer.items.map((i) => i.accountId));
  const stray = accountIds.findIndex((a) => !suggested.has(a));
  if (stray >= 0) {
    throw invalidField(`body.accountIds.${stray}`, 'volunteer_not_suggested');
  }
  const notified = await notifyVolunteersWanted(ctx, row, accountIds);
  await ctx.audit({
    action: 'ticket.volunteers_notified',
    targetType: 'ticket',
    targetId: row.id,
    districtId: row.districtId,
    after: { accountIds: [...new Set(accountIds)] },
  });
  return notified;
}
