import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { place, project, projectFollower, unit } from '../../db/schema';
import type { ProjectWithNames } from './presenter';

// SQL of the projects module: rows, no rules.

/** A project's columns with its place's and lead unit's names, its sub-project count and the caller's follow. */
export function projectColumns(accountId: string | null) {
  return {
    p: project,
    // A subquery, not a join: a lead unit's staff read the project wherever it sits, even where row-level security
    // hides its place from them (then without its name).
    placeName: sql<string>`coalesce((SELECT pl.name FROM ${place} pl WHERE pl.id = "project"."place_id"), '')`,
    leadUnitName: sql<string>`coalesce((SELECT u.name FROM ${unit} u WHERE u.id = "project"."lead_unit_id"), '')`,
    // Spelled out: a single-table select names its columns unqualified, which inside these subqueries would be
    // read as the subquery's own.
    childCount: sql<number>`(SELECT count(*)::int FROM project c WHERE c.parent_id = "project"."id")`,
    isFollowing: accountId
      ? sql<boolean>`EXISTS (SELECT 1 FROM ${projectFollower} f WHERE f.project_id = "project"."id" AND f.account_id = ${accountId}::uuid)`
      : sql<boolean>`false`,
  };
}

export async function getProjectRow(
  tx: Tx,
  id: string,
  accountId: string | null,
): Promise<ProjectWithNames | undefined> {
  const [row] = await tx.select(projectColumns(accountId)).from(project).where(eq(project.id, id));
  return row;
}

/** Serializes the reports and moves of one project: one winner, the next sees what it wrote. */
export async function lockProject(tx: Tx, id: string) {
  const [row] = await tx.select().from(project).where(eq(project.id, id)).for('update');
  return row;
}
