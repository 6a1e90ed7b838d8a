import type { TicketMove } from '../../shared/tickets';
import type { Ctx } from '../platform/context';
import { dayIn } from '../platform/time-zone';

const WEEK_MS = 7 * 86_400_000;

/** The demo's claimants promise a week ahead of the moment they claim (承诺完成日期), whenever the history puts it. */
export function withPromise(ctx: Ctx, move: TicketMove): TicketMove {
  return move.action === 'claim' && move.promisedOn === undefined
    ? { ...move, promisedOn: dayIn(ctx.zone, new Date(ctx.now.getTime() + WEEK_MS)) }
    : move;
}
