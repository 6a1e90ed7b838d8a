import { and, eq, like, sql } from 'drizzle-orm';
import type { ServiceFlow } from '../../shared/service-flow';
import { account, accountUnit, place, serviceFlow, unit, volunteer } from '../db/schema';
import type { Services } from '../platform/context';
import { demoIdNumber } from './demo-volunteers';

/**
 * Who accepts and dispatches service orders in the demo (shared/service-flow.ts): 湖塘镇's stations send an order
 * straight to the offering's team once the community accepts it (阵地派单 → 组织接单); 席井村's 村党委 accepts and
 * picks the unit, such as a compound's party branch (村党委接单 → 小区党支部派单). Set after the demo orders, which
 * keep the path they were placed under.
 */
const FLOWS: [string, ServiceFlow][] = [
  ['湖塘镇', { acceptedBy: 'office', dispatch: 'offering_team' }],
  ['席井村', { acceptedBy: 'office', dispatch: 'office_choice' }],
];

/** More members of 红马甲便民理发志愿队, so that its open orders have volunteers to suggest (matching). */
const BARBERS: {
  username: string;
  name: string;
  compound: string | null;
  skills: string[];
  birth: string;
}[] = [
  {
    username: 'barber1',
    name: '陈秀英',
    compound: '府东花园',
    skills: ['理发', '修剪指甲'],
    birth: '19620418',
  },
  { username: 'barber2', name: '吴丽华', compound: null, skills: ['理发'], birth: '19710903' },
  { username: 'barber3', name: '周建国', compound: '东方名苑', skills: ['陪诊', '代购'], birth: '19580127' },
];

export async function seedDemoMatching(services: Services): Promise<void> {
  const db = services.db;
  const now = services.clock();
  for (const [name, flow] of FLOWS) {
    const [at] = await db.select().from(place).where(eq(place.name, name));
    if (at) {
      await db.insert(serviceFlow).values({ placeId: at.id, placePath: at.path, ...flow, updatedAt: now });
    }
  }
  const [community] = await db.select().from(place).where(eq(place.name, '府东社区'));
  const [team] = community
    ? await db
        .select({ id: unit.id })
        .from(unit)
        .where(and(eq(unit.placeId, community.id), like(unit.name, '%红马甲便民理发志愿队')))
    : [];
  const [template] = await db.select().from(account).where(eq(account.username, 'volunteer'));
  if (!community || !team || !template) {
    return;
  }
  for (const [i, b] of BARBERS.entries()) {
    const [at] = b.compound
      ? await db
          .select()
          .from(place)
          .where(and(eq(place.name, b.compound), sql`${place.path} <@ ${community.path}::ltree`))
      : [community];
    if (!at) {
      continue;
    }
    const [created] = await db
      .insert(account)
      .values({
        username: b.username,
        displayName: b.name,
        kind: 'staff',
        roles: ['volunteer'],
        placeId: at.id,
        placePath: at.path,
        passwordHash: template.passwordHash,
      })
      .returning({ id: account.id });
    if (!created) {
      continue;
    }
    const id = demoIdNumber(b.birth, 60 + i);
    await db.insert(volunteer).values({
      accountId: created.id,
      placePath: at.path,
      number: sql`'320412V' || lpad(nextval('volunteer_number_seq')::text, 6, '0')`,
      realName: b.name,
      idNumberEnc: services.vault.encrypt(id),
      idNumberHash: services.vault.blindIndex(id),
      skills: b.skills,
      availability: '周末上午',
      isPartyMember: i === 0,
      homeCommunityId: community.id,
      createdAt: now,
      updatedAt: now,
    });
    await db.insert(accountUnit).values({ accountId: created.id, unitId: team.id });
  }
}
