import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  monthlyReview,
  monthlyReviewTask,
  project,
  projectMilestone,
  selectionCandidate,
} from '../db/schema';
import type { Services } from '../platform/context';

// 湖塘镇's monthly reviews (一月一调度) for the demo: written with the selection rounds (demo-selection.ts).

type Tx = Parameters<Parameters<Services['db']['transaction']>[0]>[0];

/** January's review put a candidate on the year's round; last month's added a milestone to a chosen project. */
export async function seedDemoReviews(
  tx: Tx,
  s: {
    districtId: string;
    placePath: string;
    placeId: string;
    year: number;
    today: string;
    roundId: string;
    projects: Map<string, string>;
  },
) {
  const base = { districtId: s.districtId, placePath: s.placePath };
  const [candidate] = await tx
    .select({ id: selectionCandidate.id })
    .from(selectionCandidate)
    .where(and(eq(selectionCandidate.roundId, s.roundId), eq(selectionCandidate.name, '独居老人智能守护')));
  const january = { ...base, id: randomUUID(), placeId: s.placeId, heldOn: `${s.year}-01-08` };
  const lastMonth = new Date(Date.parse(`${s.today}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  const recent = { ...base, id: randomUUID(), placeId: s.placeId, heldOn: lastMonth };
  await tx.insert(monthlyReview).values([
    {
      ...january,
      title: '湖塘镇一月份民生实事项目调度会',
      attendees: ['镇长 王建华', '分管副镇长 李秀梅', '城建办', '社会事业局', '各社区书记'],
      decisions: ['征集截止前再补充一批养老类项目', '各社区 1 月 15 日前报送项目建议'],
    },
    {
      ...recent,
      title: '湖塘镇民生实事项目月度调度会',
      attendees: ['镇长 王建华', '城建办', '综合行政执法队', '湖塘实验幼儿园筹建组'],
      decisions: ['幼儿园主体工程本月底封顶', '背街小巷整治进度滞后，下周现场督办'],
    },
  ]);
  const tasks = [];
  if (candidate) {
    await tx
      .update(selectionCandidate)
      .set({ source: 'review', reviewId: january.id })
      .where(eq(selectionCandidate.id, candidate.id));
    tasks.push({
      ...base,
      reviewId: january.id,
      seq: 1,
      kind: 'candidate' as const,
      title: '独居老人智能守护',
      candidateId: candidate.id,
      roundId: s.roundId,
    });
  }
  const school = s.projects.get('湖塘实验幼儿园新建工程');
  if (school) {
    const [p] = await tx.select().from(project).where(eq(project.id, school));
    if (p) {
      const plannedDate = [p.endDate, s.today].sort()[0] ?? s.today;
      await tx.insert(projectMilestone).values({
        projectId: p.id,
        districtId: p.districtId,
        placePath: p.placePath,
        name: '主体封顶',
        plannedDate,
        weight: 1,
        sort: 99,
      });
      tasks.push({
        ...base,
        reviewId: recent.id,
        seq: 1,
        kind: 'milestone' as const,
        title: '主体封顶',
        projectId: p.id,
      });
    }
  }
  if (tasks.length > 0) {
    await tx.insert(monthlyReviewTask).values(tasks);
  }
}
