import { PROJECT_STATUSES, type ProjectStatus } from './projects';

// The figures of a ten-day bulletin (一旬一通报), pure: counts by status, the laggards worst first, the rankings
// by lead unit and by child place, and what changed since the period before. docs/bulletins.md.

/** A project as a bulletin reads it: where it stood on the period's last day. */
export type StandingInput = {
  id: string;
  name: string;
  leadUnitId: string;
  leadUnitName: string;
  /** The child of the bulletin's place that holds the project (the place itself when it sits on it). */
  groupId: string;
  groupName: string;
  plannedProgress: number;
  actualProgress: number;
  status: ProjectStatus;
};

/** The statuses that make a project a laggard (慢序时), worst first. */
export const LAGGING_STATUSES = ['overdue', 'seriously_behind', 'behind'] as const satisfies ProjectStatus[];
const LAGGING: readonly ProjectStatus[] = LAGGING_STATUSES;

export type StatusCounts = Record<ProjectStatus, number> & { total: number };
export type Laggard = {
  id: string;
  name: string;
  leadUnitName: string;
  placeName: string;
  status: ProjectStatus;
  plannedProgress: number;
  actualProgress: number;
  /** planned − actual, in points. */
  gap: number;
};
export type RankingRow = {
  id: string;
  name: string;
  rank: number;
  total: number;
  /** on_track + done. */
  onTrack: number;
  lagging: number;
  /** Share of its projects on track or done, 0–100. */
  onTrackShare: number;
  /** Mean of max(0, planned − actual) over its projects, in points. */
  meanGap: number;
};
export const CHANGE_KINDS = ['newly_done', 'newly_overdue', 'newly_behind', 'recovered'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type Change = {
  id: string;
  name: string;
  leadUnitName: string;
  kind: ChangeKind;
  /** Its status on the previous period's last day; null when it had not started then. */
  from: ProjectStatus | null;
  to: ProjectStatus;
};
export type BulletinFigures = {
  counts: StatusCounts;
  laggards: Laggard[];
  byUnit: RankingRow[];
  byPlace: RankingRow[];
  changes: Change[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** planned − actual, one decimal. */
export function gapOf(p: Pick<StandingInput, 'plannedProgress' | 'actualProgress'>): number {
  return round1(p.plannedProgress - p.actualProgress);
}

export function countStatuses(items: readonly Pick<StandingInput, 'status'>[]): StatusCounts {
  const counts = Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])) as StatusCounts;
  counts.total = items.length;
  for (const p of items) {
    counts[p.status] += 1;
  }
  return counts;
}

/** Behind, seriously behind and overdue projects: worst status first, then the widest gap, then name and id. */
export function laggardsOf(items: readonly StandingInput[]): Laggard[] {
  return items
    .filter((p) => LAGGING.includes(p.status))
    .map((p) => ({
      id: p.id,
      name: p.name,
      leadUnitName: p.leadUnitName,
      placeName: p.groupName,
      status: p.status,
      plannedProgress: p.plannedProgress,
      actualProgress: p.actualProgress,
      gap: gapOf(p),
    }))
    .sort(
      (a, b) =>
        LAGGING.indexOf(a.status) - LAGGING.indexOf(b.status) ||
        b.gap - a.gap ||
        byText(a.name, b.name) ||
        byText(a.id, b.id),
    );
}

/**
 * Groups ranked best first: the higher share on track (or done), then the smaller mean gap, then name and id.
 * Equal share and gap share a rank (1, 1, 3).
 */
export function rankGroups(
  items: readonly StandingInput[],
  keyOf: (p: StandingInput) => { id: string; name: string },
): RankingRow[] {
  const groups = new Map<string, { name: string; members: StandingInput[] }>();
  for (const p of items) {
    const key = keyOf(p);
    const group = groups.get(key.id) ?? { name: key.name, members: [] };
    group.members.push(p);
    groups.set(key.id, group);
  }
  const rows = [...groups].map(([id, g]) => {
    const onTrack = g.members.filter((p) => p.status === 'on_track' || p.status === 'done').length;
    const gaps = g.members.reduce((sum, p) => sum + Math.max(0, p.plannedProgress - p.actualProgress), 0);
    return {
      id,
      name: g.name,
      rank: 0,
      total: g.members.length,
      onTrack,
      lagging: g.members.filter((p) => LAGGING.includes(p.status)).length,
      onTrackShare: round1((onTrack * 100) / g.members.length),
      meanGap: round1(gaps / g.members.length),
    };
  });
  rows.sort(
    (a, b) =>
      b.onTrackShare - a.onTrackShare ||
      a.meanGap - b.meanGap ||
      byText(a.name, b.name) ||
      byText(a.id, b.id),
  );
  rows.forEach((row, i) => {
    const before = rows[i - 1];
    row.rank =
      before && before.onTrackShare === row.onTrackShare && before.meanGap === row.meanGap
        ? before.rank
        : i + 1;
  });
  return rows;
}

const SEVERITY: Record<ProjectStatus, number> = {
  done: 0,
  on_track: 0,
  behind: 1,
  seriously_behind: 2,
  overdue: 3,
};

/**
 * What a move between two periods' statuses is called, or null when it is none of them: done and overdue as
 * they come; a lagging status worse than before is newly behind; a better one than a lagging before, recovered.
 * A project that had not started counts as on track before.
 */
export function changeOf(from: ProjectStatus | null, to: ProjectStatus): ChangeKind | null {
  const before = from ?? 'on_track';
  if (before === to) {
    return null;
  }
  if (to === 'done') {
    return 'newly_done';
  }
  if (to === 'overdue') {
    return 'newly_overdue';
  }
  if (SEVERITY[to] > SEVERITY[before]) {
    return 'newly_behind';
  }
  return SEVERITY[to] < SEVERITY[before] ? 'recovered' : null;
}

/** The changes since the previous period, in the order of {@link CHANGE_KINDS}, then by name and id. */
export function changesOf(
  items: readonly StandingInput[],
  before: ReadonlyMap<string, ProjectStatus>,
): Change[] {
  return items
    .flatMap((p) => {
      const from = before.get(p.id) ?? null;
      const kind = changeOf(from, p.status);
      return kind ? [{ id: p.id, name: p.name, leadUnitName: p.leadUnitName, kind, from, to: p.status }] : [];
    })
    .sort(
      (a, b) =>
        CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) ||
        byText(a.name, b.name) ||
        byText(a.id, b.id),
    );
}

/** Every figure of a bulletin from its projects and their statuses at the end of the previous period. */
export function bulletinFigures(
  items: readonly StandingInput[],
  before: ReadonlyMap<string, ProjectStatus>,
): BulletinFigures {
  return {
    counts: countStatuses(items),
    laggards: laggardsOf(items),
    byUnit: rankGroups(items, (p) => ({ id: p.leadUnitId, name: p.leadUnitName })),
    byPlace: rankGroups(items, (p) => ({ id: p.groupId, name: p.groupName })),
    changes: changesOf(items, before),
  };
}
