import { eq } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { account, category, deadlineRule, place, unit, workCalendar } from '../src/server/db/schema';
import { pickRule } from '../src/server/modules/tickets/deadlines';
import { createWorkCalendar, type WorkCalendar } from '../src/server/platform/calendar';
import type { TicketKind, Urgency } from '../src/shared/tickets';

export type PlaceRow = { id: string; name: string; level: string; path: string; districtId: string };
export type UnitChoice = { id: string; name: string };

// Which unit a category usually goes to, by the end of the unit's name (demo-region.ts names them so).
const PREFERRED: Record<string, string[]> = {
  property: ['物业服务有限公司', '红色物业服务中心'],
  traffic: ['交通运输局'],
  city: ['综合行政执法队', '城市管理局'],
  facility: ['住房和城乡建设局', '红色物业服务中心'],
  safety: ['综合行政执法队'],
  health: ['卫生健康委员会'],
  elderly: ['民政局'],
  security: ['民政局'],
};

/** The demo region as the generator needs it: buildings, units, categories, deadline rules, the calendar. */
export async function loadRegion(database: Database) {
  const db = database.db;
  const places = (await db
    .select({
      id: place.id,
      name: place.name,
      level: place.level,
      path: place.path,
      districtId: place.districtId,
    })
    .from(place)) as PlaceRow[];
  const byPath = new Map(places.map((p) => [p.path, p]));
  const units = await db
    .select({ id: unit.id, name: unit.name, kind: unit.kind, path: unit.placePath })
    .from(unit);
  const categories = await db
    .select({ id: category.id, code: category.code, parentId: category.parentId })
    .from(category);
  const categoryByCode = new Map(categories.map((c) => [c.code, c]));
  const rules = await db.select().from(deadlineRule);
  const calendar: WorkCalendar = createWorkCalendar(
    (await db.select().from(workCalendar)).map((d) => ({ day: d.day, isWorkday: d.isWorkday })),
    'Asia/Shanghai',
  );

  const unitCache = new Map<string, UnitChoice[]>();
  /** Units that may take a ticket of this community (its own, its street's, its district's), best fit first. */
  const unitsFor = (communityPath: string, categoryCode: string): UnitChoice[] => {
    const key = `${communityPath}|${categoryCode}`;
    const cached = unitCache.get(key);
    if (cached) {
      return cached;
    }
    const serving = units.filter(
      (u) =>
        u.kind !== 'volunteer_team' && (communityPath === u.path || communityPath.startsWith(`${u.path}.`)),
    );
    const preferred = PREFERRED[categoryCode.split('.')[0] ?? ''] ?? ['党支部'];
    const rank = (name: string) => {
      const i = preferred.findIndex((suffix) => name.endsWith(suffix));
      return i < 0 ? preferred.length : i;
    };
    const ordered = serving
      .map((u) => ({ id: u.id, name: u.name, r: rank(u.name) }))
      .sort((a, b) => a.r - b.r)
      .map(({ id, name }) => ({ id, name }));
    unitCache.set(key, ordered);
    return ordered;
  };

  type Rule = { responseHours: number; handleHours: number; isCalendarTime: boolean };
  const ruleCache = new Map<string, Rule>();
  /** The deadline rule createTicket would pick (deadlines.ts pickRule, same fallback). */
  const ruleFor = (kind: TicketKind, categoryCode: string, urgency: Urgency): Rule => {
    const key = `${kind}|${categoryCode}|${urgency}`;
    let rule = ruleCache.get(key);
    if (!rule) {
      const c = categoryByCode.get(categoryCode);
      rule = pickRule(rules, {
        kind,
        categoryId: c?.id ?? null,
        parentCategoryId: c?.parentId ?? null,
        urgency,
      }) ?? { responseHours: 8, handleHours: 120, isCalendarTime: false };
      ruleCache.set(key, rule);
    }
    return rule;
  };

  return {
    places,
    buildings: places.filter((p) => p.level === 'building'),
    communities: places.filter((p) => p.level === 'community'),
    /** The ancestor of a path at a depth (1 district … 6 building). */
    ancestor: (path: string, depth: number) => byPath.get(path.split('.').slice(0, depth).join('.')),
    categoryId: (code: string) => categoryByCode.get(code)?.id ?? null,
    unitsFor,
    ruleFor,
    calendar,
  };
}

export type Region = Awaited<ReturnType<typeof loadRegion>>;

/**
 * One volunteer account per community (they claim the wishes and service orders there), with the demo's
 * password hash copied: no argon2 run needed. Returns community id → account id.
 */
export async function createVolunteers(
  database: Database,
  communities: PlaceRow[],
): Promise<Map<string, string>> {
  const [model] = await database.db
    .select({ passwordHash: account.passwordHash })
    .from(account)
    .where(eq(account.username, 'volunteer'));
  if (!model) {
    throw new Error('bench: the demo region is not seeded (no volunteer account)');
  }
  const rows = await database.db
    .insert(account)
    .values(
      communities.map((c, i) => ({
        username: `bench-volunteer-${i + 1}`,
        displayName: `${c.name}志愿者`,
        kind: 'staff',
        roles: ['volunteer'],
        placeId: c.id,
        placePath: c.path,
        passwordHash: model.passwordHash,
      })),
    )
    .returning({ id: account.id, placeId: account.placeId });
  return new Map(rows.map((r) => [r.placeId ?? '', r.id]));
}
