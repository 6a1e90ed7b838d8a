import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { ProjectCategory } from '../../shared/projects';
import { countVotes, type Rating, rankCandidates } from '../../shared/selection-workflow';
import {
  account,
  place,
  project,
  selectionBallot,
  selectionCandidate,
  selectionRating,
  selectionRound,
  selectionVoter,
} from '../db/schema';
import type { Services } from '../platform/context';
import { hashPassword } from '../platform/password';
import { dayIn } from '../platform/time-zone';
import { seedDemoReviews } from './demo-reviews';

// 湖塘镇's 民生实事项目人大代表票决 (乡镇票决制, where the practice began): this year's round decided — 12
// candidates, 10 shortlisted, 9 voters, 5 chosen, each one of the town's demo projects, rated by the voters — and
// next year's round open for voting, which the demo resident has not voted in yet; and two monthly reviews
// (一月一调度) whose tasks made a candidate and a milestone. Written after the demo projects, as trusted code.

const TOWN = ['武进区', '湖塘镇'];
/** Winners first: the demo projects they became. */
const CANDIDATES: [
  name: string,
  category: ProjectCategory,
  budget: number,
  status: 'shortlisted' | 'rejected',
][] = [
  ['湖塘实验幼儿园新建工程', 'education', 46_000_000, 'shortlisted'],
  ['背街小巷环境整治', 'environment', 3_200_000, 'shortlisted'],
  ['口袋公园建设', 'environment', 1_800_000, 'shortlisted'],
  ['独居老人智能守护', 'elderly_care', 600_000, 'shortlisted'],
  ['湖塘零工市场建设', 'employment', 2_500_000, 'shortlisted'],
  ['社区卫生服务站夜间门诊', 'health', 900_000, 'shortlisted'],
  ['中小学校门口护学岗', 'education', 300_000, 'shortlisted'],
  ['老旧小区雨水管网改造', 'housing', 5_600_000, 'shortlisted'],
  ['农贸市场智慧秤', 'other', 400_000, 'shortlisted'],
  ['社区图书角', 'culture', 200_000, 'shortlisted'],
  ['湖塘大道拓宽', 'transport', 120_000_000, 'rejected'],
  ['镇级体育中心', 'culture', 80_000_000, 'rejected'],
];
const VOTERS: [username: string, role: 'deputy' | 'representative'][] = [
  ['street', 'deputy'],
  ['leader', 'deputy'],
  ['community', 'deputy'],
  ['handler', 'deputy'],
  ['deputy1', 'deputy'],
  ['deputy2', 'deputy'],
  ['grid', 'representative'],
  ['volunteer', 'representative'],
  ['resident', 'representative'],
];
const DEPUTIES = [
  ['deputy1', '周建国（镇人大代表）'],
  ['deputy2', '孙丽华（镇人大代表）'],
];
/** Voter i chooses the first five, one of them swapped for a later candidate: a clear but not unanimous count. */
const choicesOf = (ids: string[], i: number) => [
  ...ids.slice(0, 5).filter((_, k) => k !== i % 5),
  ids[5 + (i % 5)] ?? '',
];
const RATINGS: Rating[] = ['satisfied', 'satisfied', 'fairly_satisfied', 'satisfied', 'dissatisfied'];

/** Seeds the rounds and reviews; answers how many rounds it wrote (0 without the demo projects or when there). */
export async function seedDemoSelection(services: Services): Promise<number> {
  const db = services.db;
  const [existing] = await db.select({ id: selectionRound.id }).from(selectionRound).limit(1);
  const [town] = await db
    .select()
    .from(place)
    .where(and(eq(place.name, TOWN[1] ?? ''), eq(place.level, 'street')));
  const [fudong] = await db.select().from(place).where(eq(place.name, '府东社区'));
  if (existing || !town || !fudong) {
    return 0;
  }
  const districtId = town.districtId ?? town.id;
  const projects = new Map(
    (
      await db
        .select({ id: project.id, name: project.name })
        .from(project)
        .where(
          inArray(
            project.name,
            CANDIDATES.map((c) => c[0]),
          ),
        )
    ).map((p) => [p.name, p.id]),
  );
  if (projects.size === 0) {
    return 0;
  }
  const now = services.clock();
  const today = dayIn(services.zone, now);
  const year = Number(today.slice(0, 4));
  return db.transaction(async (tx) => {
    for (const [username, name] of DEPUTIES) {
      await tx
        .insert(account)
        .values({
          username: username ?? '',
          displayName: name ?? '',
          kind: 'resident',
          roles: ['resident'],
          placeId: fudong.id,
          placePath: fudong.path,
          passwordHash: await hashPassword(randomUUID()),
        })
        .onConflictDoNothing();
    }
    const people = await tx
      .select({ id: account.id, username: account.username, name: account.displayName })
      .from(account)
      .where(
        inArray(
          account.username,
          VOTERS.map((v) => v[0]),
        ),
      );
    const voterIds = VOTERS.flatMap(([u]) => people.filter((p) => p.username === u).map((p) => p.id));
    const base = { districtId, placePath: town.path };
    const round = (name: string, y: number, state: 'decided' | 'voting') => ({
      ...base,
      id: randomUUID(),
      placeId: town.id,
      name,
      year: y,
      chooseCount: 5,
      state,
      decidedAt: state === 'decided' ? new Date(`${year}-01-20T10:00:00+08:00`) : null,
      createdAt: new Date(`${y - 1}-11-${state === 'decided' ? '10' : '11'}T09:00:00+08:00`),
    });
    const decided = round(`${year}年湖塘镇民生实事项目人大代表票决`, year, 'decided');
    const open = round(`${year + 1}年湖塘镇民生实事项目人大代表票决`, year + 1, 'voting');
    await tx.insert(selectionRound).values([decided, open]);
    for (const r of [decided, open]) {
      await tx
        .insert(selectionVoter)
        .values(
          VOTERS.flatMap(([u, role]) =>
            people
              .filter((p) => p.username === u)
              .map((p) => ({ ...base, roundId: r.id, accountId: p.id, role, name: p.name })),
          ),
        );
    }
    const candidates = (r: typeof decided, prefix: string) =>
      CANDIDATES.map(([name, category, budget, status], i) => ({
        ...base,
        id: randomUUID(),
        roundId: r.id,
        seq: i + 1,
        source: 'suggestion' as const,
        name: `${prefix}${name}`,
        summary: `${name}：群众反映集中，代表联名建议`,
        budget,
        placeId: town.id,
        category,
        proposer: i % 2 === 0 ? '镇人大代表联名' : '居民代表',
        status,
        reason: status === 'rejected' ? '投资规模超出镇级财力，建议列入区级计划' : null,
      }));
    const thisYear = candidates(decided, '');
    const shortlisted = thisYear.filter((c) => c.status === 'shortlisted').map((c) => c.id);
    const ballots = voterIds.map((voterId, i) => ({
      ...base,
      roundId: decided.id,
      voterId,
      candidateIds: choicesOf(shortlisted, i),
      castAt: new Date(`${year}-01-18T09:${String(10 + i).padStart(2, '0')}:00+08:00`),
    }));
    const counts = countVotes(ballots.map((b) => b.candidateIds));
    const ranked = new Map(
      rankCandidates(
        thisYear
          .filter((c) => c.status === 'shortlisted')
          .map((c) => ({ id: c.id, votes: counts.get(c.id) ?? 0, budget: c.budget, seq: c.seq })),
        5,
      ).map((r) => [r.id, r]),
    );
    await tx.insert(selectionCandidate).values([
      ...thisYear.map((c) => {
        const r = ranked.get(c.id);
        return {
          ...c,
          votes: r?.votes ?? null,
          rank: r?.rank ?? null,
          isWinner: r?.isWinner ?? false,
          isTie: r?.isTie ?? false,
          projectId: r?.isWinner ? (projects.get(c.name) ?? null) : null,
        };
      }),
      ...candidates(open, '').map((c) => ({
        ...c,
        name: `${c.name}（二期）`,
        source: 'suggestion' as const,
      })),
    ]);
    await tx.insert(selectionBallot).values(ballots);
    const openShortlist = (
      await tx
        .select({ id: selectionCandidate.id })
        .from(selectionCandidate)
        .where(and(eq(selectionCandidate.roundId, open.id), eq(selectionCandidate.status, 'shortlisted')))
        .orderBy(selectionCandidate.seq)
    ).map((c) => c.id);
    // Next year's vote is under way: five of the nine have voted; the demo resident has not.
    await tx.insert(selectionBallot).values(
      voterIds.slice(0, 5).map((voterId, i) => ({
        ...base,
        roundId: open.id,
        voterId,
        candidateIds: choicesOf(openShortlist, i + 2),
        castAt: now,
      })),
    );
    const won = [...ranked.values()].filter((r) => r.isWinner);
    await tx.insert(selectionRating).values(
      won.flatMap((w, k) => {
        const projectId = projects.get(thisYear.find((c) => c.id === w.id)?.name ?? '');
        return projectId
          ? voterIds.slice(0, 7).map((voterId, i) => ({
              ...base,
              roundId: decided.id,
              projectId,
              voterId,
              rating: RATINGS[(i + k) % RATINGS.length] ?? 'satisfied',
            }))
          : [];
      }),
    );
    await seedDemoReviews(tx, { ...base, placeId: town.id, year, today, roundId: decided.id, projects });
    return 2;
  });
}
