import type { Relation } from '../../../shared/ticket-workflow';
import type { Actor, Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { relationsOf } from './relations';
import { getTicketRow, type TicketRow } from './repo';

/**
 * Who may call the submitter back: the office that owns the ticket, the grid worker of its place, and the unit it
 * was dispatched to — not a volunteer who claimed a wish (they reach the resident through the community). An
 * anonymous ticket keeps its secret.
 */
export function mayCallBack(
  actor: Actor,
  row: Pick<TicketRow, 'unitId' | 'isAnonymous'>,
  relations: ReadonlySet<Relation>,
): boolean {
  const handles =
    relations.has('office') ||
    relations.has('field') ||
    (row.unitId !== null && actor.unitIds.includes(row.unitId));
  return handles && !row.isAnonymous;
}

/**
 * The submitter's name and phone unmasked, for those who may call back (mayCallBack). Every reveal is an audit
 * entry (PIPL). Throws not_found, forbidden.
 */
export async function revealContact(ctx: Ctx, id: string) {
  const row = await getTicketRow(ctx.tx, id);
  if (!row) {
    throw notFound('ticket_not_found');
  }
  if (!mayCallBack(ctx.actor, row, relationsOf(ctx.actor, row))) {
    throw forbidden();
  }
  await ctx.audit({
    action: 'ticket.reveal',
    targetType: 'ticket',
    targetId: row.id,
    districtId: row.districtId,
    after: { fields: ['submitterName', 'submitterPhone'] },
  });
  return {
    submitterName: row.submitterName,
    submitterPhone: row.submitterPhoneEnc ? ctx.vault.decrypt(row.submitterPhoneEnc) : null,
  };
}
