import { allowedActions, OPEN_STATES } from '../../../shared/ticket-workflow';
import type { DeadlineStatus, Ticket } from '../../../shared/tickets';
import type { Actor } from '../../platform/context';
import type { Vault } from '../../platform/crypto';
import { maskName, maskPhone } from '../../platform/mask';
import { mayCallBack } from './contact';
import { relationsOf } from './relations';
import type { TicketRow } from './repo';

type Names = {
  places: Map<string, string>;
  categories: Map<string, string>;
  units: Map<string, string>;
  /** Claimants and extension requesters. */
  people: Map<string, string>;
};

/** Yellow from 80 % of the handling limit, red past it; a finished ticket keeps the colour it finished in. */
export function deadlineStatusOf(
  row: Pick<TicketRow, 'state' | 'warnAt' | 'handleDueAt' | 'resolvedAt' | 'closedAt'>,
  now: Date,
): DeadlineStatus {
  const at = OPEN_STATES.includes(row.state) ? now : (row.resolvedAt ?? row.closedAt ?? now);
  if (at > row.handleDueAt) {
    return 'red';
  }
  return at >= row.warnAt ? 'yellow' : 'green';
}

/** A ticket for the caller: contact masked, the submitter hidden when anonymous, the caller's moves listed. */
export function presentTicket(actor: Actor, row: TicketRow, names: Names, vault: Vault, now: Date): Ticket {
  const relations = relationsOf(actor, row);
  const isOwn = relations.has('submitter');
  const showName = !row.isAnonymous || isOwn;
  const phone = row.submitterPhoneEnc ? vault.decrypt(row.submitterPhoneEnc) : null;
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    state: row.state,
    outcome: row.outcome,
    title: row.title,
    description: row.description,
    categoryId: row.categoryId,
    categoryName: row.categoryId ? (names.categories.get(row.categoryId) ?? null) : null,
    channel: row.channel,
    urgency: row.urgency,
    horizon: row.horizon,
    placeId: row.placeId,
    placeName: names.places.get(row.placeId) ?? '',
    address: row.address,
    submitterName: showName
      ? isOwn || relations.has('office')
        ? row.submitterName
        : maskName(row.submitterName)
      : null,
    submitterPhone: showName ? maskPhone(phone) : null,
    isAnonymous: row.isAnonymous,
    isPublic: row.isPublic,
    unitId: row.unitId,
    unitName: row.unitId ? (names.units.get(row.unitId) ?? null) : null,
    claimantName: row.claimantId ? (names.people.get(row.claimantId) ?? null) : null,
    claimCount: row.claimantIds.length,
    claimsNeeded: row.claimsNeeded,
    offeringId: row.offeringId,
    mergedIntoId: row.mergedIntoId,
    rating: row.rating,
    reopenCount: row.reopenCount,
    extensionCount: row.extensionCount,
    urgeCount: row.urgeCount,
    extensionRequest:
      row.extensionRequestedAt && row.extensionRequestedDays
        ? {
            days: row.extensionRequestedDays,
            reason: row.extensionRequestedReason ?? '',
            requestedById: row.extensionRequestedBy,
            requestedByName: row.extensionRequestedBy
              ? (names.people.get(row.extensionRequestedBy) ?? null)
              : null,
            requestedAt: row.extensionRequestedAt.toISOString(),
          }
        : null,
    responseDueAt: row.responseDueAt.toISOString(),
    handleDueAt: row.handleDueAt.toISOString(),
    deadlineStatus: deadlineStatusOf(row, now),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: allowedActions(row, relations),
    canCallBack: mayCallBack(actor, row, relations),
  };
}
