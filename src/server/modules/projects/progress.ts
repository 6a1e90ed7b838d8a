import { and, asc, desc, inArray, lte } from 'drizzle-orm';
import {
  type ProjectStatus,
  plannedProgress,
  projectStatus,
  rollUp,
  type StatusMargins,
} from '../../../shared/projects';
import type { Tx } from '../../db/client';
import { project, projectMilestone, projectReport } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { marginsLookup } from './margins';

// The numbers a project shows on a day: planned progress from its milestones, actual progress from its latest
// report on or before that day, the status their gap gives; a parent's from its sub-projects, weighted.

export type ProjectRow = typeof project.$inferSelect;
export type MilestoneRow = typeof projectMilestone.$inferSelect;

export type Progress = {
  plannedProgress: number;
  actualProgress: number;
  milestoneShare: number;
  status: ProjectStatus;
  lastReportedOn: string | null;
};

/** What the progress of a project is computed from: columns every reader (the public too) may see. */
export type ProgressFacts = Pick<
  ProjectRow,
  'id' | 'parentId' | 'weight' | 'startDate' | 'endDate' | 'doneOn' | 'placePath'
>;
const FACT_COLUMNS = {
  id: project.id,
  parentId: project.parentId,
  weight: project.weight,
  startDate: project.startDate,
  endDate: project.endDate,
  doneOn: project.doneOn,
  placePath: project.placePath,
};

type Latest = { progress: number; reportedOn: string };

/** Share (0–100) of the milestones' weight done on or before `asOf`. */
export function milestoneShareOf(milestones: readonly MilestoneRow[], asOf: string): number {
  const total = milestones.reduce((sum, m) => sum + m.weight, 0);
  const done = milestones.filter((m) => m.doneOn !== null && m.doneOn <= asOf);
  if (milestones.length === 0) {
    return 0;
  }
  const share =
    total > 0
      ? (done.reduce((sum, m) => sum + m.weight, 0) * 100) / total
      : (done.length * 100) / milestones.length;
  return Math.round(share * 10) / 10;
}

function isDoneOn(row: Pick<ProjectRow, 'doneOn'>, asOf: string): boolean {
  return row.doneOn !== null && row.doneOn <= asOf;
}

/** The progress of one project without sub-projects. */
export function progressOf(
  row: ProgressFacts,
  milestones: readonly MilestoneRow[],
  latest: Latest | undefined,
  asOf: string,
  margins: StatusMargins,
): Progress {
  const done = isDoneOn(row, asOf);
  const planned = plannedProgress(row.startDate, row.endDate, milestones, asOf);
  const actual = done ? 100 : (latest?.progress ?? 0);
  return {
    plannedProgress: planned,
    actualProgress: actual,
    milestoneShare: milestoneShareOf(milestones, asOf),
    status: projectStatus({
      plannedProgress: planned,
      actualProgress: actual,
      endDate: row.endDate,
      asOf,
      isDone: done,
      margins,
    }),
    lastReportedOn: latest?.reportedOn ?? null,
  };
}

/**
 * The progress of each of these projects on `asOf`, read in four queries whatever their number: their
 * sub-projects, milestones and latest reports. A parent with sub-projects shows their weighted means.
 */
export async function progressOfAll(ctx: Ctx, rows: readonly ProgressFacts[], asOf: string) {
  const result = new Map<string, Progress>();
  if (rows.length === 0) {
    return result;
  }
  const { tx } = ctx;
  const marginsAt = await marginsLookup(ctx);
  const children = await tx
    .select(FACT_COLUMNS)
    .from(project)
    .where(
      inArray(
        project.parentId,
        rows.map((r) => r.id),
      ),
    );
  const all = [...rows, ...children.filter((c) => !rows.some((r) => r.id === c.id))];
  const ids = all.map((r) => r.id);
  const milestones = await milestonesOf(tx, ids);
  const latest = await latestReports(tx, ids, asOf);
  const own = (r: ProgressFacts) =>
    progressOf(r, milestones.get(r.id) ?? [], latest.get(r.id), asOf, marginsAt(r.placePath));
  for (const r of rows) {
    const kids = children.filter((c) => c.parentId === r.id);
    if (kids.length === 0) {
      result.set(r.id, own(r));
      continue;
    }
    const parts = kids.map((k) => ({ weight: k.weight, p: own(k) }));
    const planned = rollUp(parts.map((x) => ({ weight: x.weight, value: x.p.plannedProgress })));
    const actual = isDoneOn(r, asOf)
      ? 100
      : rollUp(parts.map((x) => ({ weight: x.weight, value: x.p.actualProgress })));
    const reported = parts.map((x) => x.p.lastReportedOn).filter((d): d is string => d !== null);
    result.set(r.id, {
      plannedProgress: planned,
      actualProgress: actual,
      milestoneShare: rollUp(parts.map((x) => ({ weight: x.weight, value: x.p.milestoneShare }))),
      status: projectStatus({
        plannedProgress: planned,
        actualProgress: actual,
        endDate: r.endDate,
        asOf,
        isDone: isDoneOn(r, asOf),
        margins: marginsAt(r.placePath),
      }),
      lastReportedOn: reported.sort().at(-1) ?? null,
    });
  }
  return result;
}

export async function milestonesOf(tx: Tx, projectIds: readonly string[]) {
  const byProject = new Map<string, MilestoneRow[]>();
  if (projectIds.length === 0) {
    return byProject;
  }
  const rows = await tx
    .select()
    .from(projectMilestone)
    .where(inArray(projectMilestone.projectId, [...projectIds]))
    .orderBy(asc(projectMilestone.plannedDate), asc(projectMilestone.sort));
  for (const m of rows) {
    const list = byProject.get(m.projectId) ?? [];
    list.push(m);
    byProject.set(m.projectId, list);
  }
  return byProject;
}

/** Each project's latest report on or before `asOf` (the later of two on one day). */
async function latestReports(tx: Tx, projectIds: readonly string[], asOf: string) {
  const rows = await tx
    .selectDistinctOn([projectReport.projectId], {
      projectId: projectReport.projectId,
      progress: projectReport.progress,
      reportedOn: projectReport.reportedOn,
    })
    .from(projectReport)
    .where(and(inArray(projectReport.projectId, [...projectIds]), lte(projectReport.reportedOn, asOf)))
    .orderBy(projectReport.projectId, desc(projectReport.reportedOn), desc(projectReport.createdAt));
  return new Map(rows.map((r) => [r.projectId, { progress: r.progress, reportedOn: r.reportedOn }]));
}
