import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  curvePoints,
  dayNumber,
  type ProjectCategory,
  type ProjectGroup,
  type ProjectLevel,
  plannedProgress,
} from '../../shared/projects';
import { account, place, project, projectMilestone, projectReport, unit } from '../db/schema';
import type { Services } from '../platform/context';
import { dayIn } from '../platform/time-zone';
import {
  DEMO_PROJECT_DISTRICT as D,
  MILESTONES,
  OWNERS,
  PROFILES,
  type Profile,
  SPECS,
  type Spec,
} from './demo-project-catalogue';

export { DEMO_PROJECT_DISTRICT } from './demo-project-catalogue';

// The district's programme of key livelihood projects (after 姜堰区's 236 为民办实事 projects, shared/seeds/002):
// a drainage station, two kindergartens, seven e-bike charging points for 300+ e-bikes, a 银发 programme for
// the elderly … in 武进区, started over the past year, with monthly reports, so that the lists show every status:
// on track, behind, seriously behind, overdue, done and not started. Written in one transaction of bulk inserts.

function plusDays(day: string, n: number): string {
  return new Date((dayNumber(day) + n) * 86_400_000).toISOString().slice(0, 10);
}

/** Seeds the programme; answers how many projects it wrote (0 without the demo region, or when already there). */
export async function seedDemoProjects(services: Services): Promise<number> {
  const db = services.db;
  const [existing] = await db.select({ id: project.id }).from(project).limit(1);
  const [office] = await db.select({ id: account.id }).from(account).where(eq(account.username, 'community'));
  const [district] = await db
    .select()
    .from(place)
    .where(and(eq(place.name, D), eq(place.level, 'district')));
  if (existing || !office || !district) {
    return 0;
  }
  const places = await db
    .select({ id: place.id, name: place.name, path: place.path, parentId: place.parentId })
    .from(place)
    .where(eq(place.districtId, district.id));
  const byId = new Map(places.map((p) => [p.id, p]));
  const namePath = (p: { name: string; parentId: string | null }): string =>
    p.parentId && byId.get(p.parentId) ? `${namePath(byId.get(p.parentId) as typeof p)}/${p.name}` : p.name;
  const byNames = new Map(places.map((p) => [namePath(p), p]));
  const unitNames = [...new Set(SPECS.map((s) => s.unit))];
  const units = new Map(
    (await db.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.name, unitNames))).map(
      (u) => [u.name, u.id],
    ),
  );
  const today = dayIn(services.zone, services.clock());
  const projects: (typeof project.$inferInsert)[] = [];
  const milestones: (typeof projectMilestone.$inferInsert)[] = [];
  const reports: (typeof projectReport.$inferInsert)[] = [];

  const add = (
    spec: Omit<Spec, 'children'>,
    placeNames: string[],
    parentId: string | null,
    weight: number,
    serial: number,
  ) => {
    const at = byNames.get(placeNames.join('/'));
    const leadUnitId = units.get(spec.unit);
    if (!at || !leadUnitId) {
      return null;
    }
    const id = randomUUID();
    const profile: Profile = PROFILES[spec.profile];
    // Starts spread over a month, so that the list does not read as one project copied forty times.
    const startDate = plusDays(today, profile.start - (serial % 5) * 6);
    const endDate = plusDays(startDate, profile.days);
    const ms = MILESTONES.map((m, i) => ({
      id: randomUUID(),
      projectId: id,
      districtId: district.id,
      placePath: at.path,
      name: m.name,
      plannedDate: plusDays(startDate, Math.round(profile.days * m.at)),
      weight: m.weight,
      sort: i,
      doneOn: null as string | null,
      evidence: null as string | null,
    }));
    const points = curvePoints(startDate, endDate, ms);
    // Monthly reports from the first month to today (or to the end, for a finished one).
    let last = 0;
    for (
      let day = plusDays(startDate, 30);
      day <= today && day <= plusDays(endDate, 20);
      day = plusDays(day, 30)
    ) {
      const planned = plannedProgress(startDate, endDate, ms, day);
      const progress = Math.min(profile.done ? 100 : 95, Math.max(last, Math.round(planned * profile.pace)));
      last = progress;
      ms.forEach((m, i) => {
        if (m.doneOn === null && progress >= (points[i]?.value ?? 100) - 0.01) {
          m.doneOn = day;
          m.evidence = `${m.name}已完成，附现场照片和验收记录`;
        }
      });
      reports.push({
        projectId: id,
        districtId: district.id,
        placePath: at.path,
        reportedOn: day,
        progress,
        milestoneShare: Math.round((ms.reduce((n, m) => n + (m.doneOn ? m.weight : 0), 0) * 1000) / 6) / 10,
        note:
          progress >= 100
            ? '工程已完工，等待验收'
            : `完成${ms.find((m) => m.doneOn === null)?.name ?? '收尾'}阶段工作的 ${progress}%`,
        spent: Math.round((spec.budget * progress) / 100),
        createdAt: new Date(`${day}T09:00:00+08:00`),
      });
    }
    const doneOn = profile.done && last >= 100 ? plusDays(endDate, -5) : null;
    milestones.push(...ms);
    projects.push({
      id,
      districtId: district.id,
      placeId: at.id,
      placePath: at.path,
      parentId,
      weight,
      name: spec.name,
      level: spec.level,
      category: spec.category,
      groups: spec.groups ?? [],
      leadUnitId,
      ownerName: OWNERS[serial % OWNERS.length] ?? null,
      ownerPhoneEnc: services.vault.encrypt(`1391234${String(1000 + serial).slice(-4)}`),
      budget: spec.budget,
      spent: Math.round((spec.budget * last) / 100),
      startDate,
      endDate,
      target: spec.target,
      benefit: spec.groups?.includes('elderly') ? '让老年人就近享受服务' : '群众出行、生活更便利',
      isPublished: serial % 3 !== 2,
      doneAt: doneOn ? new Date(`${doneOn}T10:00:00+08:00`) : null,
      doneOn,
      doneNote: doneOn ? '经现场验收，项目已按计划建成投用' : null,
      createdBy: office.id,
    });
    return id;
  };

  let serial = 0;
  for (const spec of SPECS) {
    const parentId = add(spec, spec.place, null, 1, serial++);
    for (const child of spec.children ?? []) {
      add(
        {
          ...spec,
          name: child.name,
          level: 'community',
          profile: child.profile,
          budget: Math.round(spec.budget / 7),
        },
        child.place,
        parentId,
        child.weight,
        serial++,
      );
    }
  }
  // A parent's own milestones and reports are not read (its children roll up into it): it keeps none.
  const parents = new Set(projects.filter((p) => p.parentId).map((p) => p.parentId));
  const kept = reports.filter((r) => !parents.has(r.projectId));
  const plannedOwn = milestones.filter((m) => !parents.has(m.projectId));
  // A parent is done when all its children are; else open.
  for (const p of projects) {
    if (parents.has(p.id)) {
      p.doneAt = null;
      p.doneOn = null;
      p.doneNote = null;
    }
  }
  await db.transaction(async (tx) => {
    await tx.insert(project).values(projects.filter((p) => !p.parentId));
    await tx.insert(project).values(projects.filter((p) => p.parentId));
    await tx.insert(projectMilestone).values(plannedOwn);
    for (let i = 0; i < kept.length; i += 500) {
      await tx.insert(projectReport).values(kept.slice(i, i + 500));
    }
  });
  return projects.length;
}
