import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyToTeam,
  approveApplication,
  declineApplication,
  findApplications,
  withdrawApplication,
} from '../../src/server/modules/volunteers/applications';
import { getMyVolunteering, revealVolunteerIdNumber } from '../../src/server/modules/volunteers/profiles';
import { findOpenTeams, getTeam, leaveTeam, updateTeam } from '../../src/server/modules/volunteers/teams';
import { ZApplicationCreate, ZTeamUpdate } from '../../src/shared/volunteers';
import { rowsOf } from '../support/db';
import {
  createResident,
  createStaffedCommunity,
  createUnitAt,
  personOf,
  type StaffedCommunity,
} from '../support/factories';
import { createTestServices, type TestServices } from '../support/services';

// Teams and volunteers through their use cases: applying, who may decide, what approval gives, the real-name
// data at rest, leaving.
let t: TestServices;
let a: StaffedCommunity;
let b: StaffedCommunity;
let teamA: string;
let teamA2: string;
let teamB: string;

// Valid check digits (GB 11643).
const ID_1 = '11010519491231002X';
const ID_2 = '320412197906150317';

const application = (unitId: string, extra: Record<string, unknown> = {}) =>
  ZApplicationCreate.parse({
    unitId,
    realName: '赵丽华',
    idNumber: ID_1,
    skills: ['理发'],
    isPartyMember: true,
    partyBranch: '武进区人民医院第三党支部',
    partyWorkUnit: '武进区人民医院',
    ...extra,
  });

beforeAll(async () => {
  t = await createTestServices();
  a = await createStaffedCommunity(t);
  b = await createStaffedCommunity(t, { streetId: a.streetId });
  teamA = (await createUnitAt(t, { placeId: a.communityId, kind: 'volunteer_team' })).id;
  teamA2 = (await createUnitAt(t, { placeId: a.communityId, kind: 'volunteer_team' })).id;
  teamB = (await createUnitAt(t, { placeId: b.communityId, kind: 'volunteer_team' })).id;
});
afterAll(async () => {
  await t?.close();
});

describe('a resident applies', () => {
  it('sees the teams of their community and above, not those of another community', async () => {
    const resident = await createResident(t, { homePlaceId: a.buildingId });
    const open = (await t.as(resident.actor, (ctx) => findOpenTeams(ctx))).map((x) => x.id);
    expect(open).toContain(teamA);
    expect(open).not.toContain(teamB);
    await expect(t.as(resident.actor, (ctx) => applyToTeam(ctx, application(teamB)))).rejects.toMatchObject({
      code: 'not_found',
      messageKey: 'team_not_found',
    });
  });

  it('must name their branch when they are a party member', async () => {
    const resident = await createResident(t, { homePlaceId: a.buildingId });
    const body = application(teamA, { partyBranch: undefined });
    await expect(t.as(resident.actor, (ctx) => applyToTeam(ctx, body))).rejects.toMatchObject({
      code: 'validation_failed',
      fields: [{ path: 'body.partyBranch', message: 'party_branch_required' }],
    });
  });

  it('has one open application per team', async () => {
    const resident = await createResident(t, { homePlaceId: a.buildingId });
    await t.as(resident.actor, (ctx) => applyToTeam(ctx, application(teamA)));
    await expect(t.as(resident.actor, (ctx) => applyToTeam(ctx, application(teamA)))).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'application_pending',
    });
  });

  it('refuses an ID number whose check digit is wrong', () => {
    const body = { unitId: teamA, realName: '赵丽华', isPartyMember: false };
    expect(ZApplicationCreate.safeParse({ ...body, idNumber: '110105194912310021' }).success).toBe(false);
    expect(ZApplicationCreate.safeParse({ ...body, idNumber: ID_1.toLowerCase() }).success).toBe(true);
  });
});

describe('approval', () => {
  it('makes the resident a member with a volunteer number and the volunteer role, still a resident', async () => {
    const resident = await createResident(t, { homePlaceId: a.buildingId });
    const applied = await t.as(resident.actor, (ctx) => applyToTeam(ctx, application(teamA)));
    expect(applied).toMatchObject({ status: 'pending', idNumber: '1101**********002X' });
    const listed = await t.as(a.office.actor, (ctx) =>
      findApplications(ctx, { status: 'pending', limit: 100 }),
    );
    expect(listed.items.find((x) => x.id === applied.id)?.allowedActions).toEqual(['approve', 'decline']);

    const approved = await t.as(a.office.actor, (ctx) => approveApplication(ctx, applied.id));
    expect(approved.status).toBe('approved');
    const after = await personOf(t, resident.username);
    expect(after.actor.kind).toBe('resident');
    expect(after.actor.roles).toEqual(['resident', 'volunteer']);
    expect(after.actor.unitIds).toContain(teamA);

    const mine = await t.as(after.actor, (ctx) => getMyVolunteering(ctx));
    expect(mine.profile).toMatchObject({ isPartyMember: true, partyBranch: '武进区人民医院第三党支部' });
    expect(mine.profile?.number).toMatch(/^320412V\d{6}$/);
    expect(mine.profile?.teams.map((x) => x.id)).toEqual([teamA]);

    // A second team: one person in several teams, the same number.
    const second = await t.as(after.actor, (ctx) => applyToTeam(ctx, application(teamA2)));
    await t.as(a.office.actor, (ctx) => approveApplication(ctx, second.id));
    const again = await t.as(after.actor, (ctx) => getMyVolunteering(ctx));
    expect(again.profile?.number).toBe(mine.profile?.number);
    expect(again.profile?.teams.map((x) => x.id).sort()).toEqual([teamA, teamA2].sort());
    expect((await personOf(t, resident.username)).actor.roles).toEqual(['resident', 'volunteer']);

    // Already a member: no second application.
    await expect(t.as(after.actor, (ctx) => applyToTeam(ctx, application(teamA)))).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'already_member',
    });
  });

  it("is refused to another community's office (not found) and to a volunteer who does not lead the team", async () => {
    const resident = await createResident(t, { homePlaceId: a.buildingId });
    const applied = await t.as(resident.actor, (ctx) =>
      applyToTeam(ctx, application(teamA, { idNumber: ID_2 })),
    );
    await expect(t.as(b.office.actor, (ctx) => approveApplication(ctx, applied.id))).rejects.toMatchObject({
      code: 'not_found',
      messageKey: 'application_not_found',
    });
    const listedByB = await t.as(b.office.actor, (ctx) => findApplications(ctx, { limit: 100 }));
    expect(listedByB.items.map((x) => x.id)).not.toContain(applied.id);
    await expect(t.as(a.volunteer.actor, (ctx) => approveApplication(ctx, applied.id))).rejects.toMatchObject(
      {
        code: 'forbidden',
        messageKey: 'application_review_forbidden',
      },
    );
  });

  it("is the team leader's to make", async () => {
    // The leader must be a member: the community's volunteer joins by application first.
    const joined = await t.as(a.volunteer.actor, (ctx) =>
      applyToTeam(ctx, application(teamA2, { idNumber: '110105195001010012', isPartyMember: false })),
    );
    await t.as(a.office.actor, (ctx) => approveApplication(ctx, joined.id));
    const leader = await personOf(t, a.volunteer.username);
    await expect(
      t.as(a.office.actor, (ctx) =>
        updateTeam(
          ctx,
          teamA2,
          ZTeamUpdate.parse({ serviceBrand: '红马甲', stationId: null, leaderId: b.office.id, skills: [] }),
        ),
      ),
    ).rejects.toMatchObject({ fields: [{ path: 'body.leaderId', message: 'leader_not_member' }] });
    const updated = await t.as(a.office.actor, (ctx) =>
      updateTeam(
        ctx,
        teamA2,
        ZTeamUpdate.parse({ serviceBrand: '红马甲', stationId: null, leaderId: leader.id, skills: ['理发'] }),
      ),
    );
    expect(updated).toMatchObject({ serviceBrand: '红马甲', leaderId: leader.id, skills: ['理发'] });
    expect(updated.members.find((m) => m.accountId === leader.id)?.isLeader).toBe(true);

    const resident = await createResident(t, { homePlaceId: a.buildingId });
    const applied = await t.as(resident.actor, (ctx) =>
      applyToTeam(ctx, application(teamA2, { idNumber: '110105196001010017' })),
    );
    const forLeader = await t.as(leader.actor, (ctx) => findApplications(ctx, { limit: 100 }));
    expect(forLeader.items.map((x) => x.unitId)).toEqual(forLeader.items.map(() => teamA2));
    const declined = await t.as(leader.actor, (ctx) => declineApplication(ctx, applied.id, '本队名额已满'));
    expect(declined).toMatchObject({ status: 'declined', reason: '本队名额已满', allowedActions: [] });
    await expect(t.as(leader.actor, (ctx) => approveApplication(ctx, applied.id))).rejects.toMatchObject({
      code: 'invalid_transition',
      messageKey: 'application_decided',
    });
    const mine = await t.as(resident.actor, (ctx) => getMyVolunteering(ctx));
    expect(mine.profile).toBeNull();
    expect(mine.applications[0]).toMatchObject({ status: 'declined', reason: '本队名额已满' });
  });

  it('can be withdrawn by the applicant while pending', async () => {
    const resident = await createResident(t, { homePlaceId: a.buildingId });
    const applied = await t.as(resident.actor, (ctx) =>
      applyToTeam(ctx, application(teamA, { idNumber: '110105197001010011' })),
    );
    expect(applied.allowedActions).toEqual(['withdraw']);
    await t.as(resident.actor, (ctx) => withdrawApplication(ctx, applied.id));
    await expect(t.as(a.office.actor, (ctx) => approveApplication(ctx, applied.id))).rejects.toMatchObject({
      code: 'invalid_transition',
    });
  });
});

describe('the ID number', () => {
  it('is encrypted at rest, masked when shown, and each reveal is audited', async () => {
    const resident = await createResident(t, { homePlaceId: a.buildingId });
    const id = '110105198001010016';
    const applied = await t.as(resident.actor, (ctx) =>
      applyToTeam(ctx, application(teamA, { idNumber: id })),
    );
    await t.as(a.office.actor, (ctx) => approveApplication(ctx, applied.id));
    const stored = await rowsOf<{ enc: string }>(
      t.database.db,
      sql`SELECT id_number_enc AS enc FROM volunteer WHERE account_id = ${resident.id}
          UNION ALL SELECT id_number_enc FROM volunteer_application WHERE account_id = ${resident.id}`,
    );
    expect(stored.length).toBe(2);
    for (const row of stored) {
      expect(row.enc).not.toContain('19800101');
    }
    const team = await t.as(a.office.actor, (ctx) => getTeam(ctx, teamA));
    expect(JSON.stringify(team)).not.toContain(id);
    const revealed = await t.as(a.office.actor, (ctx) => revealVolunteerIdNumber(ctx, resident.id));
    expect(revealed.idNumber).toBe(id);
    const audits = await rowsOf<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_pending WHERE target_id = ${resident.id} AND action = 'volunteer.reveal'
          UNION ALL SELECT action FROM audit_event WHERE target_id = ${resident.id} AND action = 'volunteer.reveal'`,
    );
    expect(audits.length).toBe(1);
    await expect(
      t.as(b.office.actor, (ctx) => revealVolunteerIdNumber(ctx, resident.id)),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('leaving a team', () => {
  it('ends the membership; the profile and number stay', async () => {
    const resident = await createResident(t, { homePlaceId: a.buildingId });
    const applied = await t.as(resident.actor, (ctx) =>
      applyToTeam(ctx, application(teamA, { idNumber: '110105199001010010' })),
    );
    await t.as(a.office.actor, (ctx) => approveApplication(ctx, applied.id));
    const member = await personOf(t, resident.username);
    await t.as(member.actor, (ctx) => leaveTeam(ctx, teamA));
    const after = await personOf(t, resident.username);
    expect(after.actor.unitIds).not.toContain(teamA);
    const mine = await t.as(after.actor, (ctx) => getMyVolunteering(ctx));
    expect(mine.profile?.teams).toEqual([]);
    expect(mine.profile?.number).toMatch(/^320412V/);
    await expect(t.as(after.actor, (ctx) => leaveTeam(ctx, teamA))).rejects.toMatchObject({
      messageKey: 'not_a_member',
    });
  });
});
