import type { z } from 'zod';
import type { PlaceHit, ZPlaceSearchQuery } from '../../../shared/places';
import { PLACE_LEVELS, type PlaceLevel } from '../../../shared/roles';
import { type Ctx, scopeOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { isWithin } from '../../platform/scope';
import { furthestEnd, type Spelling, spell, tokens } from './pinyin';
import { findPlaceOutline, placeTreeFingerprint } from './repo';

/**
 * Place search by name or pinyin (pinyin.ts). A real district has tens of thousands of places and pinyin cannot
 * be matched in SQL without a column for it, so each server keeps the tree as a caller sees it in memory, with
 * every name spelled out, and checks on each search that the tree has not changed (placeTreeFingerprint: one
 * scan, one row); a change anywhere rebuilds that view on its next search. Residents and the public all share
 * one view; each staff scope has its own, since row-level security shows staff only their part.
 */

const MAX_HITS = 20;
const MAX_VIEWS = 8;

type Entry = PlaceHit & { path: string; spelling: Spelling; ownStart: number };
type View = {
  fingerprint: string;
  byId: Map<string, { path: string }>;
  /** The places as found, with or without grids (each worked out on its first search). */
  entries(withGrids: boolean): Entry[];
};

export type PlaceIndex = { views: Map<string, View> };

/** The search views of one app (routes.ts makes one): per server, never shared between databases. */
export function createPlaceIndex(): PlaceIndex {
  return { views: new Map() };
}

const byName = new Intl.Collator('zh-CN', { numeric: true }).compare;

/**
 * Places whose names match every word typed, the closest first: a word may run on from a parent's name into a
 * child's (府东花园2栋, fdhy2), but a place is found only when a word reaches into its own name — so fdhy finds
 * the compound, not each of its buildings. Throws not_found when `under` is outside the caller's view.
 */
export async function searchPlaces(
  ctx: Ctx,
  index: PlaceIndex,
  query: z.infer<typeof ZPlaceSearchQuery>,
): Promise<{ items: PlaceHit[]; more: boolean }> {
  const view = await currentView(ctx, index);
  const scope = ctx.actor.kind === 'staff' ? scopeOf(ctx.actor) : null;
  let under: string | null = null;
  if (query.under) {
    under = view.byId.get(query.under)?.path ?? null;
    if (under === null || (scope !== null && !isWithin(under, scope))) {
      throw notFound('place_not_found');
    }
  }
  const words = tokens(query.q);
  const found: Entry[] = [];
  for (const entry of view.entries(query.grids === 'true')) {
    if (
      (scope !== null && !isWithin(entry.path, scope)) ||
      (under !== null && !isWithin(entry.path, under))
    ) {
      continue;
    }
    let reachesOwn = false;
    const allFound = words.every((word) => {
      const end = furthestEnd(entry.spelling, word);
      reachesOwn ||= end > entry.ownStart;
      return end >= 0;
    });
    if (allFound && reachesOwn) {
      found.push(entry);
    }
  }
  found.sort(
    (a, b) =>
      PLACE_LEVELS.indexOf(a.level) - PLACE_LEVELS.indexOf(b.level) || byName(pathText(a), pathText(b)),
  );
  return {
    items: found
      .slice(0, MAX_HITS)
      .map(({ id, name, level, childCount, ancestors }) => ({ id, name, level, childCount, ancestors })),
    more: found.length > MAX_HITS,
  };
}

const pathText = (e: Entry) => [...e.ancestors.map((a) => a.name), e.name].join('/');

async function currentView(ctx: Ctx, index: PlaceIndex): Promise<View> {
  const key = ctx.actor.kind === 'staff' ? `staff:${scopeOf(ctx.actor)}` : 'everyone';
  const fingerprint = await placeTreeFingerprint(ctx.tx);
  const known = index.views.get(key);
  if (known?.fingerprint === fingerprint) {
    return known;
  }
  const view = buildView(fingerprint, await findPlaceOutline(ctx.tx));
  index.views.delete(key);
  index.views.set(key, view);
  // The oldest view goes first when too many staff scopes have searched.
  for (const oldest of index.views.keys()) {
    if (index.views.size <= MAX_VIEWS) {
      break;
    }
    index.views.delete(oldest);
  }
  return view;
}

type Row = { id: string; parentId: string | null; name: string; level: string; path: string };

function buildView(fingerprint: string, rows: Row[]): View {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const spellings = new Map<string, Spelling>();
  const spellingOf = (name: string) => {
    let s = spellings.get(name);
    if (!s) {
      s = spell(name);
      spellings.set(name, s);
    }
    return s;
  };
  const entriesFor = (withGrids: boolean): Entry[] => {
    const shown = rows.filter((r) => withGrids || r.level !== 'grid');
    // Children as this view shows them: without grids, a compound's buildings sit straight below it.
    const shownParent = (r: Row): Row | undefined => {
      let parent = r.parentId ? byId.get(r.parentId) : undefined;
      while (parent && !withGrids && parent.level === 'grid') {
        parent = parent.parentId ? byId.get(parent.parentId) : undefined;
      }
      return parent;
    };
    const childCounts = new Map<string, number>();
    for (const r of shown) {
      const parent = shownParent(r);
      if (parent) {
        childCounts.set(parent.id, (childCounts.get(parent.id) ?? 0) + 1);
      }
    }
    return shown.map((r) => {
      const ancestors: Entry['ancestors'] = [];
      for (let p = shownParent(r); p; p = shownParent(p)) {
        ancestors.unshift({ id: p.id, name: p.name, level: p.level as PlaceLevel });
      }
      const spelling = [...ancestors.flatMap((a) => spellingOf(a.name)), ...spellingOf(r.name)];
      return {
        id: r.id,
        name: r.name,
        level: r.level as PlaceLevel,
        childCount: childCounts.get(r.id) ?? 0,
        ancestors,
        path: r.path,
        spelling,
        ownStart: spelling.length - spellingOf(r.name).length,
      };
    });
  };
  const made = new Map<boolean, Entry[]>();
  const entries = (withGrids: boolean) => {
    let found = made.get(withGrids);
    if (!found) {
      found = entriesFor(withGrids);
      made.set(withGrids, found);
    }
    return found;
  };
  return { fingerprint, byId, entries };
}
