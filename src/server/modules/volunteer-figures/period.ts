import { type FiguresQuery, MAX_PERIOD_DAYS } from '../../../shared/volunteer-figures';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { dayIn, instantAt, nextDay, nextMonth } from '../../platform/time-zone';

/** Days as asked (first and last included) and the instants they span in the installation's zone: [start, end). */
export type Period = { from: string; to: string; start: Date; end: Date };

/**
 * The period of a figures query: this month by default. Throws validation_failed (the first day after the last,
 * or more than a year).
 */
export function resolvePeriod(
  ctx: Ctx,
  query: Pick<FiguresQuery, 'from' | 'to'>,
  where: 'querystring' | 'body' = 'querystring',
): Period {
  const first = `${dayIn(ctx.zone, ctx.now).slice(0, 7)}-01`;
  const from = query.from ?? first;
  const to = query.to ?? lastDayOf(query.from ? `${from.slice(0, 7)}-01` : first);
  if (from > to) {
    throw invalidField(`${where}.from`, 'figures_period_reversed');
  }
  const period = periodOf(ctx, from, to);
  if (period.end.getTime() - period.start.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw invalidField(`${where}.to`, 'figures_period_too_long', { max: MAX_PERIOD_DAYS });
  }
  return period;
}

/** A calendar month (`YYYY-MM`, default this month) as a period. */
export function monthPeriod(ctx: Ctx, month: string | undefined): Period {
  const first = `${month ?? dayIn(ctx.zone, ctx.now).slice(0, 7)}-01`;
  return periodOf(ctx, first, lastDayOf(first));
}

function periodOf(ctx: Ctx, from: string, to: string): Period {
  return {
    from,
    to,
    start: new Date(instantAt(ctx.zone, from)),
    end: new Date(instantAt(ctx.zone, nextDay(to))),
  };
}

function lastDayOf(firstOfMonth: string): string {
  const next = Date.parse(`${nextMonth(firstOfMonth)}T00:00:00Z`);
  return new Date(next - 86_400_000).toISOString().slice(0, 10);
}
