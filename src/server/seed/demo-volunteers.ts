import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { account, accountUnit, team, volunteer, volunteerApplication } from '../db/schema';
import type { Vault } from '../platform/crypto';

// The demo volunteers of 府东社区 (issue 12): the teams' brands, skills and leaders; the demo `volunteer` as a
// party member who reports to the community (在职党员双报到); a member who joined by application; two
// applications waiting for a decision. All people are invented; their ID numbers pass the check digit only.

/** A made-up resident ID number of 武进区 with a valid check character (GB 11643). */
export function demoIdNumber(birth: string, serial: number): string {
  const body = `320412${birth}${String(serial).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return `${body}${'10X98765432'[sum % 11]}`;
}

type TeamSpec = { name: string; brand: string; skills: string[]; leader?: string };
export const FUDONG_TEAM_PROFILES: TeamSpec[] = [
  {
    name: '府东社区法治科普志愿队',
    brand: '府东普法先锋',
    skills: ['法律咨询', '反诈宣传'],
    leader: 'volunteer',
  },
  { name: '府东社区应急救护宣传志愿队', brand: '府东救在身边', skills: ['急救培训', '应急宣传'] },
  { name: '府东社区蓝衣天使志愿服务队', brand: '蓝衣天使', skills: ['上门助老', '健康义诊', '陪诊'] },
  {
    name: '府东社区红马甲便民理发志愿队',
    brand: '红马甲',
    skills: ['理发', '修剪指甲'],
    leader: 'volunteer',
  },
];

type Person = { username: string; name: string; phone: string; birth: string };
const APPLICANTS: (Person & { team: string; skills: string[]; party?: [string, string]; status: string })[] =
  [
    {
      username: 'applicant1',
      name: '张建华',
      phone: '13800000011',
      birth: '19650312',
      team: '府东社区红马甲便民理发志愿队',
      skills: ['理发'],
      party: ['常州市武进区人民医院第三党支部', '武进区人民医院'],
      status: 'pending',
    },
    {
      username: 'applicant2',
      name: '李美玲',
      phone: '13800000012',
      birth: '19780826',
      team: '府东社区蓝衣天使志愿服务队',
      skills: ['护理', '陪诊'],
      status: 'pending',
    },
    {
      username: 'applicant3',
      name: '王志强',
      phone: '13800000013',
      birth: '19820105',
      team: '府东社区应急救护宣传志愿队',
      skills: ['急救培训'],
      status: 'approved',
    },
  ];

export async function seedDemoVolunteers(
  tx: Tx,
  vault: Vault,
  at: {
    now: Date;
    passwordHash: string;
    /** 府东社区 and a building in it. */
    community: { id: string; path: string };
    building: { id: string; path: string };
    unitByName: Map<string, string>;
    accountByName: Map<string, string>;
  },
): Promise<void> {
  const { now, unitByName, accountByName } = at;
  const unitOf = (name: string) => {
    const id = unitByName.get(name);
    if (!id) {
      throw new Error(`demo volunteers: no team ${name}`);
    }
    return id;
  };
  for (const t of FUDONG_TEAM_PROFILES) {
    await tx.insert(team).values({
      unitId: unitOf(t.name),
      placePath: at.community.path,
      serviceBrand: t.brand,
      skills: t.skills,
      leaderId: t.leader ? (accountByName.get(t.leader) ?? null) : null,
      createdAt: now,
      updatedAt: now,
    });
  }
  const serial = sql`lpad(nextval('volunteer_number_seq')::text, 6, '0')`;
  const volunteerId = accountByName.get('volunteer');
  if (volunteerId) {
    const id = demoIdNumber('19790615', 31);
    await tx.insert(volunteer).values({
      accountId: volunteerId,
      placePath: at.community.path,
      number: sql`'320412V' || ${serial}`,
      realName: '冯国栋',
      idNumberEnc: vault.encrypt(id),
      idNumberHash: vault.blindIndex(id),
      skills: ['理发', '法律咨询'],
      availability: '工作日晚上、周末',
      isPartyMember: true,
      partyBranch: '常州市武进区司法局机关党支部',
      partyWorkUnit: '常州市武进区司法局',
      homeCommunityId: at.community.id,
      createdAt: now,
      updatedAt: now,
    });
  }
  for (const [i, p] of APPLICANTS.entries()) {
    const [created] = await tx
      .insert(account)
      .values({
        username: p.username,
        displayName: p.name,
        kind: 'resident',
        roles: p.status === 'approved' ? ['resident', 'volunteer'] : ['resident'],
        placeId: at.building.id,
        placePath: at.building.path,
        phoneEnc: vault.encrypt(p.phone),
        phoneHash: vault.blindIndex(p.phone),
        passwordHash: at.passwordHash,
      })
      .returning({ id: account.id });
    if (!created) {
      continue;
    }
    const id = demoIdNumber(p.birth, 40 + i);
    const data = {
      realName: p.name,
      idNumberEnc: vault.encrypt(id),
      idNumberHash: vault.blindIndex(id),
      skills: p.skills,
      availability: '周末上午',
      isPartyMember: Boolean(p.party),
      partyBranch: p.party?.[0] ?? null,
      partyWorkUnit: p.party?.[1] ?? null,
    };
    const unitId = unitOf(p.team);
    const createdAt = new Date(now.getTime() - (3 - i) * 86_400_000);
    await tx.insert(volunteerApplication).values({
      accountId: created.id,
      unitId,
      placePath: at.community.path,
      applicantPath: at.building.path,
      status: p.status,
      ...data,
      note: null,
      decidedAt: p.status === 'pending' ? null : now,
      decidedBy: p.status === 'pending' ? null : (accountByName.get('community') ?? null),
      createdAt,
    });
    if (p.status === 'approved') {
      await tx.insert(volunteer).values({
        accountId: created.id,
        placePath: at.building.path,
        number: sql`'320412V' || ${serial}`,
        ...data,
        homeCommunityId: at.community.id,
        createdAt: now,
        updatedAt: now,
      });
      await tx.insert(accountUnit).values({ accountId: created.id, unitId });
    }
  }
}
