import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { account, place } from '../../src/server/db/schema';
import { createAccount } from '../../src/server/modules/accounts';
import { registerResident, requestSmsCode } from '../../src/server/modules/auth/residents';
import { createPlace } from '../../src/server/modules/places';
import { createTicket, moveTicket } from '../../src/server/modules/tickets';
import { createUnit } from '../../src/server/modules/units';
import type { Actor } from '../../src/server/platform/context';
import { actorOf } from '../../src/server/platform/session';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-region';
import { ZAccountCreate, ZRegister } from '../../src/shared/accounts';
import { ZPlaceCreate, ZUnitInput } from '../../src/shared/places';
import type { Role, UnitKind } from '../../src/shared/roles';
import { type TicketMove, type TicketState, ZTicketCreate, ZTicketMove } from '../../src/shared/tickets';
import { weekAhead } from './api';
import { TEST_META, type TestServices } from './services';

// Builders for the service tier: each makes its rows through the module's own use case, as the office or a
// resident would, so a factory breaks when the rule it relies on changes — not silently later in a test.

/** An account as a service call needs it: its id and the actor a request of it would carry. */
export type Person = { id: string; username: string; actor: Actor };

/** Where a new community hangs: a district of the demo region (its code) or an existing street. */
export type CommunityOptions = { districtCode?: string; streetId?: string };

/** A community with one building in it (compound → grid → building), the way tickets are usually placed. */
export type Community = {
  districtId: string;
  streetId: string;
  communityId: string;
  communityPath: string;
  buildingId: string;
};

let serial = 0;
/** Codes and names unique in the clone: factories run many times in one file. */
function unique(prefix: string): string {
  serial += 1;
  return `${prefix}${process.pid}x${serial}`;
}

const admins = new WeakMap<TestServices, Promise<Actor>>();
/** The demo sysadmin (looked up once per database): whole-tree staff, who creates places, accounts and units. */
function adminOf(t: TestServices): Promise<Actor> {
  let admin = admins.get(t);
  if (!admin) {
    admin = personOf(t, 'admin').then((p) => p.actor);
    admins.set(t, admin);
  }
  return admin;
}

/** A demo or factory-made account by username, with its actor as the session look-up builds it. */
export async function personOf(t: TestServices, username: string): Promise<Person> {
  const [row] = await t.database.db.select().from(account).where(eq(account.username, username));
  if (!row) {
    throw new Error(`no account ${username}`);
  }
  return { id: row.id, username, actor: await actorOf(t.database.db, row) };
}

/**
 * A new community under a street (a new street of the demo district 武进区 unless given), with a building:
 * every place through places' createPlace as the sysadmin.
 */
export async function createCommunity(t: TestServices, options: CommunityOptions = {}): Promise<Community> {
  const admin = await adminOf(t);
  const add = (parentId: string | null, name: string) =>
    t.as(admin, (ctx) => createPlace(ctx, ZPlaceCreate.parse({ parentId, code: unique('F'), name })));
  let streetId = options.streetId;
  if (!streetId) {
    const [district] = await t.database.db
      .select({ id: place.id })
      .from(place)
      .where(eq(place.code, options.districtCode ?? '320412'));
    if (!district) {
      throw new Error(`no district ${options.districtCode}`);
    }
    streetId = (await add(district.id, unique('测试街道'))).id;
  }
  const community = await add(streetId, unique('测试社区'));
  const compound = await add(community.id, unique('测试小区'));
  const grid = await add(compound.id, unique('网格'));
  const building = await add(grid.id, '1栋');
  const [row] = await t.database.db
    .select({ path: place.path, districtId: place.districtId })
    .from(place)
    .where(eq(place.id, community.id));
  return {
    districtId: row?.districtId ?? '',
    streetId,
    communityId: community.id,
    communityPath: row?.path ?? '',
    buildingId: building.id,
  };
}

/** A staff account with `roles` at `placeId` (in `unitIds`), created by the sysadmin (accounts' createAccount). */
export async function createStaff(
  t: TestServices,
  input: { roles: Exclude<Role, 'resident'>[]; placeId: string | null; unitIds?: string[] },
): Promise<Person> {
  const username = unique('u');
  const admin = await adminOf(t);
  const body = ZAccountCreate.parse({ username, displayName: username, password: DEMO_PASSWORD, ...input });
  const created = await t.as(admin, (ctx) => createAccount(ctx, t.services, body));
  return personOf(t, created.username);
}

/** A resident who registered the way one does: an SMS code to a fresh phone, then the registration with it. */
export async function createResident(t: TestServices, input: { homePlaceId: string }): Promise<Person> {
  const phone = `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  await requestSmsCode(t.services, TEST_META, { phone, purpose: 'register' });
  const code = t.sms.at(-1)?.match(/验证码是 (\d{6})/)?.[1];
  if (!code) {
    throw new Error(`no SMS code for ${phone}: ${t.sms.at(-1)}`);
  }
  const body = ZRegister.parse({ phone, code, password: DEMO_PASSWORD, displayName: '测试居民', ...input });
  await registerResident(t.services, TEST_META, body);
  return personOf(t, `r${phone}`);
}

/** A responsible unit at `placeId` (units' createUnit as the sysadmin). */
export async function createUnitAt(
  t: TestServices,
  input: { placeId: string; kind?: UnitKind },
): Promise<{ id: string }> {
  const admin = await adminOf(t);
  const body = ZUnitInput.parse({ kind: 'party_org', name: unique('测试单位'), ...input });
  return t.as(admin, (ctx) => createUnit(ctx, body));
}

/**
 * A staffed community: its office (community_staff), a unit with its handler, a volunteer and a grid worker,
 * and a resident living in its building — everyone a ticket's loop needs.
 */
export async function createStaffedCommunity(t: TestServices, options: CommunityOptions = {}) {
  const community = await createCommunity(t, options);
  const at = community.communityId;
  const unit = await createUnitAt(t, { placeId: at });
  return {
    ...community,
    unitId: unit.id,
    office: await createStaff(t, { roles: ['community_staff'], placeId: at }),
    handler: await createStaff(t, { roles: ['handler'], placeId: at, unitIds: [unit.id] }),
    volunteer: await createStaff(t, { roles: ['volunteer'], placeId: at }),
    grid: await createStaff(t, { roles: ['grid_worker'], placeId: at }),
    resident: await createResident(t, { homePlaceId: community.buildingId }),
  };
}
export type StaffedCommunity = Awaited<ReturnType<typeof createStaffedCommunity>>;

type Step = { by: 'office' | 'handler' | 'volunteer' | 'resident'; move: TicketMove };
const step = (by: Step['by'], move: Record<string, unknown>): Step => ({ by, move: ZTicketMove.parse(move) });

/**
 * The moves that take a new ticket to each state, and who makes them. A record over every state: a state
 * added to the workflow fails the type check here until a way to reach it is written down.
 */
function pathTo(
  state: TicketState,
  unitId: string,
  masterId: () => Promise<string>,
  promisedOn: string,
): Promise<Step[]> | Step[] {
  const accept = step('office', { action: 'accept' });
  const dispatched = [accept, step('office', { action: 'dispatch', unitId })];
  const working = [...dispatched, step('handler', { action: 'receive' })];
  const inProgress = [...working, step('handler', { action: 'progress', note: '已联系物业' })];
  const resolved = [...inProgress, step('handler', { action: 'resolve', result: '已修好' })];
  const rated = [...resolved, step('resident', { action: 'rate', rating: 'satisfied' })];
  const pooled = [accept, step('office', { action: 'pool' })];
  const paths: Record<TicketState, () => Promise<Step[]> | Step[]> = {
    submitted: () => [],
    accepted: () => [accept],
    rejected: () => [step('office', { action: 'reject', reason: '不属于受理范围' })],
    merged: async () => [step('office', { action: 'merge', intoId: await masterId() })],
    dispatched: () => dispatched,
    pooled: () => pooled,
    received: () => working,
    claimed: () => [...pooled, step('volunteer', { action: 'claim', promisedOn })],
    in_progress: () => inProgress,
    escalated: () => [accept, step('office', { action: 'escalate', reason: '需要街道协调' })],
    resolved: () => resolved,
    rated: () => rated,
    closed: () => [...rated, step('office', { action: 'close' })],
  };
  return paths[state]();
}

/**
 * A ticket the community's resident submitted at its building, moved to `state` through the real moves (each
 * by the person the workflow requires), a minute apart on the test clock so its timeline has one order.
 * `fields` change the submission (kind, title, urgency …).
 */
export async function createTicketIn(
  t: TestServices,
  c: StaffedCommunity,
  state: TicketState = 'submitted',
  fields: Record<string, unknown> = {},
): Promise<{ id: string; districtId: string }> {
  const submit = () =>
    t.as(c.resident.actor, (ctx) =>
      createTicket(
        ctx,
        ZTicketCreate.parse({
          kind: 'problem',
          title: '楼道灯不亮',
          description: '晚上看不见台阶',
          placeId: c.buildingId,
          ...fields,
        }),
      ),
    );
  const created = await submit();
  for (const { by, move } of await pathTo(
    state,
    c.unitId,
    async () => (await submit()).id,
    weekAhead(t.clock.now),
  )) {
    t.clock.advance(60_000);
    await t.as(c[by].actor, (ctx) => moveTicket(ctx, created.id, move));
  }
  return created;
}
