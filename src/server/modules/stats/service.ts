import { eq, inArray } from 'drizzle-orm';
import {
  AVERAGE_KEYS,
  type Breakdown,
  COUNTER_KEYS,
  type Definitions,
  type Figures,
  RATE_KEYS,
  type Rates,
  type RatesQuery,
} from '../../../shared/stats';
import { OUTCOMES, RATINGS } from '../../../shared/tickets';
import { place, unit } from '../../db/schema';
import { type Ctx, scopeOf } from '../../platform/context';
import { forbidden, invalidField } from '../../platform/errors';
import type { Locale } from '../../platform/messages';
import { ancestorLabels, depthOf, idOfLabel, isWithin, labelOf } from '../../platform/scope';
import { dayIn, instantAt } from '../../platform/time-zone';
import { AVERAGES, COUNTERS, POPULATION, RATES, rateOf } from './definitions';
import { readFigures } from './read-figures';
import { childLabelKey, type RawFigures, type Selection, unitKey } from './repo';

export type Target = {
  placeId: string | null;
  placeName: string | null;
  path: string | null;
  districtId: string | null;
};
type Period = { from: Date; to: Date };

const MAX_PERIOD_MS = 10 * 366 * 86_400_000;

/**
 * The three rates and the other indicators for the caller's subtree (or a node inside it) over a period.
 * Throws forbidden (out_of_scope: a place outside the caller's subtree, or not visible to them),
 * validation_failed (a period that ends before it starts, or spans more than ten years).
 */
export async function getRates(ctx: Ctx, query: RatesQuery): Promise<Rates> {
  const target = await resolveTarget(ctx, query.placeId);
  const period = resolvePeriod(ctx.now, ctx.zone, query);
  const [raw] = await readFigures(ctx.tx, selection(ctx, target, period));
  return {
    placeId: target.placeId,
    placeName: target.placeName,
    trail: await trailOf(ctx, target),
    ...periodOut(ctx, period),
    ...figuresOf(raw ?? emptyRaw()),
  };
}

/**
 * The same figures per child node (every child listed, zeros included) or per unit the tickets are with now:
 * the rankings of communities and units. Throws as getRates.
 */
export async function getBreakdown(
  ctx: Ctx,
  query: RatesQuery & { by: 'child' | 'unit' },
): Promise<Breakdown> {
  const target = await resolveTarget(ctx, query.placeId);
  const period = resolvePeriod(ctx.now, ctx.zone, query);
  const depth = target.path ? depthOf(target.path) : 0;
  const key = query.by === 'child' ? childLabelKey(depth) : unitKey();
  const rows = await readFigures(ctx.tx, selection(ctx, target, period), key);
  let items: Breakdown['items'];
  if (query.by === 'child') {
    const byLabel = new Map(rows.map((r) => [r.key, r]));
    const children = await childNames(ctx, target.placeId);
    items = [...children].map(([id, name]) => ({
      id,
      name,
      ...figuresOf(byLabel.get(labelOf(id)) ?? emptyRaw()),
    }));
    const own = byLabel.get(null);
    if (own) {
      items.push({ id: null, name: target.placeName, ...figuresOf(own) });
    }
  } else {
    const names = await unitNames(ctx, rows);
    items = rows.map((r) => ({
      id: r.key,
      name: r.key ? (names.get(r.key) ?? null) : null,
      ...figuresOf(r),
    }));
  }
  return { placeId: target.placeId, ...periodOut(ctx, period), items };
}

/** The written definitions in the caller's language: what every screen shows as the meaning of a figure. */
export function getDefinitions(locale: Locale): Definitions {
  const pick = (text: { zh: string; en: string }) => (locale === 'en-US' ? text.en : text.zh);
  return {
    population: pick(POPULATION),
    counters: COUNTER_KEYS.map((key) => ({
      key,
      name: pick(COUNTERS[key].name),
      definition: pick(COUNTERS[key].definition),
    })),
    rates: RATE_KEYS.map((key) => ({
      key,
      name: pick(RATES[key].name),
      definition: pick(RATES[key].definition),
      numerator: RATES[key].numerator,
      denominator: RATES[key].denominator,
    })),
    averages: AVERAGE_KEYS.map((key) => ({
      key,
      name: pick(AVERAGES[key].name),
      definition: pick(AVERAGES[key].definition),
    })),
  };
}

/** Raw counts → the response figures, each rate from its two counters (definitions.ts). */
export function figuresOf(raw: RawFigures): Figures {
  const rates = Object.fromEntries(
    RATE_KEYS.map((key) => {
      const numerator = raw.counts[RATES[key].numerator];
      const denominator = raw.counts[RATES[key].denominator];
      return [key, { value: rateOf(numerator, denominator), numerator, denominator }];
    }),
  ) as Figures['rates'];
  return {
    counts: raw.counts,
    closedByOutcome: raw.outcomes,
    ratedByRating: raw.ratings,
    rates,
    averages: raw.averages,
  };
}

function emptyRaw(): RawFigures {
  const zeros = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  return {
    key: null,
    counts: zeros(COUNTER_KEYS),
    outcomes: zeros(OUTCOMES),
    ratings: zeros(RATINGS),
    averages: Object.fromEntries(AVERAGE_KEYS.map((k) => [k, null])) as RawFigures['averages'],
  };
}

/**
 * The caller's own node by default; any other node must lie in their subtree (本级及以下). Throws forbidden
 * (out_of_scope). Other modules' figures resolve their place the same way.
 */
export async function resolveTarget(ctx: Ctx, placeId: string | undefined): Promise<Target> {
  const scope = scopeOf(ctx.actor);
  const id = placeId ?? ctx.actor.placeId;
  if (!id) {
    if (scope !== '*') {
      throw forbidden('out_of_scope');
    }
    return { placeId: null, placeName: null, path: null, districtId: null };
  }
  // Row-level security hides places outside the caller's reach, so "not there" and "not yours" look alike:
  // both are answered 403 and tell nothing about other districts.
  const [row] = await ctx.tx
    .select({ id: place.id, name: place.name, path: place.path, districtId: place.districtId })
    .from(place)
    .where(eq(place.id, id));
  if (!row || !isWithin(row.path, scope)) {
    throw forbidden('out_of_scope');
  }
  return { placeId: row.id, placeName: row.name, path: row.path, districtId: row.districtId ?? row.id };
}

/** The target's ancestors the caller may look at, top down: the way back up from a drill-down. */
async function trailOf(ctx: Ctx, target: Target): Promise<Rates['trail']> {
  if (!target.path) {
    return [];
  }
  const scope = scopeOf(ctx.actor);
  const labels = ancestorLabels(target.path);
  const ids = labels.filter((_, i) => isWithin(labels.slice(0, i + 1).join('.'), scope)).map(idOfLabel);
  if (ids.length === 0) {
    return [];
  }
  const rows = await ctx.tx
    .select({ id: place.id, name: place.name })
    .from(place)
    .where(inArray(place.id, ids));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return ids.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
}

/** [from, to): days are local midnights; the default is the current calendar month, both in `zone`. */
export function resolvePeriod(now: Date, zone: string, query: Pick<RatesQuery, 'from' | 'to'>): Period {
  const month = dayIn(zone, now).slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const nextMonth = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const from = instantOf(query.from ?? `${month}-01`, zone);
  const to = instantOf(query.to ?? `${nextMonth}-01`, zone);
  if (to.getTime() <= from.getTime() || to.getTime() - from.getTime() > MAX_PERIOD_MS) {
    throw invalidField('query.to', 'unknown_value', { value: query.to ?? '' });
  }
  return { from, to };
}

/** A day (its midnight in `zone`) or an instant with its offset. */
function instantOf(text: string, zone: string): Date {
  return new Date(text.length === 10 ? instantAt(zone, text) : text);
}

function selection(ctx: Ctx, target: Target, period: Period): Selection {
  return { path: target.path, districtId: target.districtId, ...period, now: ctx.now, zone: ctx.zone };
}

function periodOut(ctx: Ctx, period: Period) {
  return { from: period.from.toISOString(), to: period.to.toISOString(), asOf: ctx.now.toISOString() };
}

async function childNames(ctx: Ctx, parentId: string | null): Promise<Map<string, string>> {
  const rows = await ctx.tx
    .select({ id: place.id, name: place.name, parentId: place.parentId, sort: place.sort })
    .from(place)
    .where(parentId ? eq(place.parentId, parentId) : eq(place.level, 'district'))
    .orderBy(place.sort, place.name);
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function unitNames(ctx: Ctx, rows: RawFigures[]): Promise<Map<string, string>> {
  const ids = rows.map((r) => r.key).filter((k): k is string => k !== null);
  if (ids.length === 0) {
    return new Map();
  }
  const found = await ctx.tx.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.id, ids));
  return new Map(found.map((u) => [u.id, u.name]));
}
