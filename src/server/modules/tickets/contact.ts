import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { relationsOf } from './relations';
import { getTicketRow } from './repo';

/**
 * The submitter's name and phone unmasked, so that the staff handling a ticket can call the resident back: the
 * office that owns it, the grid worker of its place, and the unit it was dispatched to — not a volunteer who
 * claimed a wish (they reach the resident through the community). An anonymous ticket keeps its secret. Every
 * reveal is an audit entry (PIPL). Throws not_found, forbidden.
 */
export async function revealContact(ctx: Ctx, id: string) {
  const row = await getTicketRow(ctx.tx, id);
  if (!row) {
    throw notFound('ticket_not_found');
  }
  const relations = relationsOf(ctx.actor, row);
  const handles =
    relations.has('office') ||
    relations.has('field') ||
    (row.unitId !== null && ctx.actor.unitIds.includes(row.unitId));
  if (!handles || row.isAnonymous) {
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
