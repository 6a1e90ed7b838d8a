import type { Relation } from '../../../shared/ticket-workflow';
import type { TicketKind, TicketState } from '../../../shared/tickets';
import type { Actor } from '../../platform/context';
import { scopeOf } from '../../platform/context';
import { isBelow, isWithin } from '../../platform/scope';

export type TicketParties = {
  kind: TicketKind;
  state: TicketState;
  placePath: string;
  ownerPath: string;
  unitId: string | null;
  claimantId: string | null;
  claimantIds: string[];
  claimsNeeded: number;
  /** The team that accepts it instead of the office (a service order's flow), or null. */
  acceptUnitId: string | null;
  submitterId: string | null;
  extensionRequestedBy: string | null;
};

const OFFICE_ROLES = ['community_staff', 'street_admin'] as const;
const OVERSEER_ROLES = ['supervisor', 'leader', 'street_admin'] as const;
/** Who approves extension requests (on a node above the ticket's owner). */
export const ABOVE_ROLES = ['street_admin', 'leader', 'supervisor'] as const;
const CLAIMER_ROLES = ['volunteer', 'handler', 'grid_worker'] as const;

/** How the caller stands to a ticket; the workflow table says what each relation may do. */
export function relationsOf(actor: Actor, t: TicketParties): Set<Relation> {
  const relations = new Set<Relation>();
  const has = (roles: readonly string[]) => actor.roles.some((r) => roles.includes(r));
  if (actor.accountId && t.submitterId === actor.accountId) {
    relations.add('submitter');
  }
  if (actor.kind !== 'staff') {
    return relations;
  }
  const scope = scopeOf(actor);
  if (has(OFFICE_ROLES) && isWithin(t.ownerPath, scope)) {
    relations.add('office');
    if (!t.submitterId) {
      relations.add('revisit');
    }
  }
  // 受理: the office, or the team the order's service flow names (组织接单) — then the team, not the office.
  if (t.acceptUnitId ? actor.unitIds.includes(t.acceptUnitId) : relations.has('office')) {
    relations.add('acceptor');
  }
  if (actor.roles.includes('grid_worker') && isWithin(t.placePath, scope)) {
    relations.add('field');
  }
  const isClaimant =
    (t.claimantId !== null && t.claimantId === actor.accountId) ||
    (actor.accountId !== null && t.claimantIds.includes(actor.accountId));
  if ((t.unitId && actor.unitIds.includes(t.unitId)) || isClaimant) {
    relations.add('assignee');
  }
  if (mayClaim(actor, t, isClaimant, has(CLAIMER_ROLES))) {
    relations.add('claimer');
  }
  if (has(OVERSEER_ROLES) && isWithin(t.ownerPath, scope)) {
    relations.add('overseer');
  }
  if (has(ABOVE_ROLES) && isBelow(t.ownerPath, scope)) {
    relations.add('above');
  }
  if (t.extensionRequestedBy && t.extensionRequestedBy === actor.accountId) {
    relations.add('requester');
  }
  return relations;
}

/**
 * Who may claim (领单): a pooled ticket (a wish on the wall), anyone with a claiming role in whose subtree it is
 * (党员来接单); a service order its team received, the team's members, one place each, while it needs more
 * volunteers than have claimed it.
 */
function mayClaim(actor: Actor, t: TicketParties, isClaimant: boolean, hasClaimerRole: boolean): boolean {
  if (t.state === 'pooled') {
    return hasClaimerRole && isWithin(t.placePath, scopeOf(actor));
  }
  return (
    t.kind === 'service' &&
    (t.state === 'received' || t.state === 'claimed') &&
    t.unitId !== null &&
    actor.unitIds.includes(t.unitId) &&
    !isClaimant &&
    t.claimantIds.length < t.claimsNeeded
  );
}

/**
 * Whether a staff account reads the tickets of its whole subtree: staff do, unless `volunteer` is their only
 * role. A volunteer is not office staff (issue 12, capability 11): they read the orders and wishes open to claim
 * in their place and teams, and what they claimed (migration 0021's lianxin_sees_subtree says the same in SQL).
 */
export function seesSubtree(actor: Actor): boolean {
  const volunteerOnly = actor.roles.length > 0 && actor.roles.every((r) => r === 'volunteer');
  return actor.kind === 'staff' && !volunteerOnly;
}

/** The community (or the place itself when above one) answers first: the owner of a new ticket. */
export function initialOwnerPath(placePath: string): string {
  return placePath.split('.').slice(0, 3).join('.');
}

/** Escalation hands the ticket to the level above (集中研判), never above the district. */
export function parentPath(path: string): string {
  const labels = path.split('.');
  return labels.length > 1 ? labels.slice(0, -1).join('.') : path;
}
