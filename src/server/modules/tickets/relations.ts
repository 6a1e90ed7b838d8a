import type { Relation } from '../../../shared/ticket-workflow';
import type { Actor } from '../../platform/context';
import { scopeOf } from '../../platform/context';
import { isBelow, isWithin } from '../../platform/scope';

export type TicketParties = {
  placePath: string;
  ownerPath: string;
  unitId: string | null;
  claimantId: string | null;
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
  if (actor.roles.includes('grid_worker') && isWithin(t.placePath, scope)) {
    relations.add('field');
  }
  if ((t.unitId && actor.unitIds.includes(t.unitId)) || (t.claimantId && t.claimantId === actor.accountId)) {
    relations.add('assignee');
  }
  if (has(CLAIMER_ROLES) && isWithin(t.placePath, scope)) {
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

/** The community (or the place itself when above one) answers first: the owner of a new ticket. */
export function initialOwnerPath(placePath: string): string {
  return placePath.split('.').slice(0, 3).join('.');
}

/** Escalation hands the ticket to the level above (集中研判), never above the district. */
export function parentPath(path: string): string {
  const labels = path.split('.');
  return labels.length > 1 ? labels.slice(0, -1).join('.') : path;
}
