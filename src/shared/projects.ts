import { z } from 'zod';
import { TEXT_LIMITS } from './limits';
import { ZPhone } from './places';

// Key livelihood projects (重点民生项目 / 书记项目, BRIEF §5): the contract, and the two rules every face reads —
// the planned progress (序时进度) on a day, and the status a project's gap to it gives. docs/projects.md.

/** Where a project sits: "1 village-level and 6 compound-level 书记项目". */
export const PROJECT_LEVELS = ['district', 'street', 'community', 'compound'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];

/** 教育, 医疗, 就业, 社保, 住房, 养老, 交通, 环境, 文化, 其他. */
export const PROJECT_CATEGORIES = [
  'education',
  'health',
  'employment',
  'social_security',
  'housing',
  'elderly_care',
  'transport',
  'environment',
  'culture',
  'other',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

/** Who a project serves (一老一小, 三类群体). */
export const PROJECT_GROUPS = ['elderly', 'youth', 'children', 'low_income', 'disabled', 'everyone'] as const;
export type ProjectGroup = (typeof PROJECT_GROUPS)[number];

/** From the gap between planned and actual progress, and the end date; `done` once the office accepted it. */
export const PROJECT_STATUSES = ['on_track', 'behind', 'seriously_behind', 'overdue', 'done'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * The gap (planned − actual, in points) from which a project is behind (慢序时), and beyond which it is seriously
 * behind: these unless a district or street set its own (`PUT /api/projects/margins`; the nearest setting up the
 * tree holds).
 */
export const STATUS_MARGINS = { behind: 10, seriouslyBehind: 30 } as const;
export type StatusMargins = { behind: number; seriouslyBehind: number };

export const ZStatusMargins = z
  .object({
    behind: z.number().int().min(1).max(99),
    seriouslyBehind: z.number().int().min(2).max(100),
  })
  .refine((m) => m.behind < m.seriouslyBehind, {
    path: ['seriouslyBehind'],
    // projects/messages.ts words it.
    message: 'project_margin_order',
  });

/** Sets a place's own margins, or clears them (`margins: null`: the place inherits again). */
export const ZMarginsInput = z.object({ placeId: z.uuid(), margins: ZStatusMargins.nullable() });
export type MarginsInput = z.infer<typeof ZMarginsInput>;

/** The margins in force at a place, where they come from (null: the defaults) and whether the caller may edit. */
export const ZMarginsAnswer = z.object({
  placeId: z.uuid(),
  behind: z.number().int(),
  seriouslyBehind: z.number().int(),
  from: z.object({ placeId: z.uuid(), placeName: z.string() }).nullable(),
  isOwn: z.boolean(),
  mayEdit: z.boolean(),
});
export type MarginsAnswer = z.infer<typeof ZMarginsAnswer>;

const DAY_MS = 86_400_000;
/** A calendar day YYYY-MM-DD as a day number (days since 1970-01-01), zone-free. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** The part of a milestone the planned curve reads. */
export type PlannedPoint = { plannedDate: string; weight: number };

/**
 * 序时进度: the share of the work that should be done on `asOf`, 0–100. The curve starts at 0 on the start date
 * and rises linearly in calendar days to each milestone's cumulative weight share (weights normalised to 100) on
 * its planned date, reaching 100 at the last milestone; 0 before the start, 100 after the last milestone. Without
 * milestones (or with all weights 0 — then equal weights) it rises straight from the start to `endDate`.
 */
export function plannedProgress(
  startDate: string,
  endDate: string,
  milestones: readonly PlannedPoint[],
  asOf: string,
): number {
  const points = curvePoints(startDate, endDate, milestones);
  const day = dayNumber(asOf);
  let prev = { day: dayNumber(startDate), value: 0 };
  if (day <= prev.day) {
    return 0;
  }
  for (const p of points) {
    if (day <= p.day) {
      const span = p.day - prev.day;
      const value = span <= 0 ? p.value : prev.value + ((p.value - prev.value) * (day - prev.day)) / span;
      return round1(value);
    }
    prev = p;
  }
  return 100;
}

/** The planned curve's corners after the start: one per milestone (cumulative share), in date order. */
export function curvePoints(startDate: string, endDate: string, milestones: readonly PlannedPoint[]) {
  if (milestones.length === 0) {
    return [{ day: dayNumber(endDate), value: 100 }];
  }
  const sorted = [...milestones].sort((a, b) => dayNumber(a.plannedDate) - dayNumber(b.plannedDate));
  const total = sorted.reduce((sum, m) => sum + Math.max(0, m.weight), 0);
  let cumulative = 0;
  return sorted.map((m, i) => {
    cumulative += total > 0 ? Math.max(0, m.weight) : 1;
    const share = total > 0 ? cumulative / total : cumulative / sorted.length;
    // The last milestone is 100 exactly, whatever the rounding of the shares before it.
    return {
      day: Math.max(dayNumber(m.plannedDate), dayNumber(startDate)),
      value: i === sorted.length - 1 ? 100 : share * 100,
    };
  });
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * A project's status on `asOf`: `done` once accepted; `overdue` past its end date and not done; else by the gap
 * planned − actual: more than seriouslyBehind points seriously behind, from `behind` points behind, else on track.
 */
export function projectStatus(p: {
  plannedProgress: number;
  actualProgress: number;
  endDate: string;
  asOf: string;
  isDone: boolean;
  margins?: StatusMargins;
}): ProjectStatus {
  if (p.isDone) {
    return 'done';
  }
  if (dayNumber(p.asOf) > dayNumber(p.endDate)) {
    return 'overdue';
  }
  const margins = p.margins ?? STATUS_MARGINS;
  const gap = p.plannedProgress - p.actualProgress;
  if (gap > margins.seriouslyBehind) {
    return 'seriously_behind';
  }
  return gap >= margins.behind ? 'behind' : 'on_track';
}

/** The weighted mean of children's values (a parent's progress from its sub-projects); 0 weights count as 1. */
export function rollUp(children: readonly { weight: number; value: number }[]): number {
  const total = children.reduce((sum, c) => sum + (c.weight > 0 ? c.weight : 1), 0);
  if (total === 0) {
    return 0;
  }
  return round1(children.reduce((sum, c) => sum + (c.weight > 0 ? c.weight : 1) * c.value, 0) / total);
}

// ---- the contract ----

const ZDay = z.iso.date().describe('A calendar day, YYYY-MM-DD');
const ZTitle = z.string().trim().min(2).max(TEXT_LIMITS.projectName.max);
const ZLongText = z.string().trim().max(TEXT_LIMITS.projectText.max);
const ZYuan = z.number().int().min(0).max(100_000_000_000).describe('Yuan (元), whole');

export const ZMilestoneInput = z.object({
  name: z.string().trim().min(1).max(TEXT_LIMITS.milestoneName.max),
  plannedDate: ZDay,
  weight: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(1)
    .describe('Relative weight; normalised to 100 over all'),
});
export type MilestoneInput = z.infer<typeof ZMilestoneInput>;

const ZProjectFields = z.object({
  name: ZTitle,
  placeId: z.uuid(),
  leadUnitId: z.uuid().describe('领办单位: its staff report progress'),
  startDate: ZDay,
  endDate: ZDay,
  level: z.enum(PROJECT_LEVELS).optional().describe("Defaults from the place's level"),
  category: z.enum(PROJECT_CATEGORIES).default('other'),
  groups: z.array(z.enum(PROJECT_GROUPS)).max(PROJECT_GROUPS.length).default([]),
  coUnitIds: z.array(z.uuid()).max(20).default([]),
  ownerName: z.string().trim().max(TEXT_LIMITS.personName.max).optional().describe('责任人'),
  ownerPhone: ZPhone.optional().describe("责任人's phone; never public"),
  budget: ZYuan.optional(),
  target: ZLongText.optional().describe('目标任务'),
  benefit: ZLongText.optional().describe('预期成效'),
  internalNote: ZLongText.optional().describe('For the offices only'),
  parentId: z.uuid().nullable().optional().describe('The project this one is a sub-project of'),
  weight: z.number().int().min(1).max(1000).default(1).describe("This sub-project's weight in its parent"),
  isPublished: z.boolean().default(false),
});
const datesInOrder = (p: { startDate?: string; endDate?: string }) =>
  !p.startDate || !p.endDate || p.startDate <= p.endDate;

export const ZProjectCreate = ZProjectFields.extend({
  milestones: z.array(ZMilestoneInput).max(50).default([]),
}).refine(datesInOrder, { message: 'project_dates_order', path: ['endDate'] });
export type ProjectCreate = z.infer<typeof ZProjectCreate>;

/** PATCH: any field of the create body but the milestones (their own routes). */
export const ZProjectPatch = ZProjectFields.partial().refine(datesInOrder, {
  message: 'project_dates_order',
  path: ['endDate'],
});
export type ProjectPatch = z.infer<typeof ZProjectPatch>;

export const ZMilestone = z.object({
  id: z.uuid(),
  name: z.string(),
  plannedDate: z.string(),
  weight: z.number().int(),
  doneOn: z.string().nullable().describe('The day a report marked it done'),
  evidence: z.string().nullable().describe('What shows it done, as reported'),
});
export type Milestone = z.infer<typeof ZMilestone>;

export const ZProjectReportInput = z.object({
  progress: z.number().min(0).max(100).describe('Actual progress, percent'),
  note: z.string().trim().min(1).max(TEXT_LIMITS.projectText.max).describe('What was done (进度说明)'),
  spent: ZYuan.optional().describe('Spent so far, cumulative'),
  milestonesDone: z
    .array(
      z.object({
        milestoneId: z.uuid(),
        evidence: z
          .string()
          .trim()
          .min(1)
          .max(TEXT_LIMITS.milestoneName.max * 4),
      }),
    )
    .max(50)
    .default([])
    .describe('Milestones done with this report, each with its evidence'),
});
export type ProjectReportInput = z.infer<typeof ZProjectReportInput>;

export const ZProjectReport = z.object({
  id: z.uuid(),
  reportedOn: z.string().describe('The day it was filed'),
  progress: z.number().describe('Reported percentage'),
  milestoneShare: z.number().describe('Share of milestone weight done by then, percent'),
  plannedProgress: z.number().describe('序时进度 on that day'),
  note: z.string(),
  spent: z.number().nullable(),
  reporterName: z.string().nullable(),
  createdAt: z.string(),
});
export type ProjectReport = z.infer<typeof ZProjectReport>;

export const PROJECT_ACTIONS = ['edit', 'report', 'publish', 'accept_done', 'link_ticket'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export const ZProject = z.object({
  id: z.uuid(),
  name: z.string(),
  level: z.enum(PROJECT_LEVELS),
  category: z.enum(PROJECT_CATEGORIES),
  groups: z.array(z.enum(PROJECT_GROUPS)),
  placeId: z.uuid(),
  placeName: z.string(),
  leadUnitId: z.uuid(),
  leadUnitName: z.string(),
  coUnitIds: z.array(z.uuid()),
  ownerName: z.string().nullable(),
  ownerPhone: z.string().nullable().describe('Masked'),
  budget: z.number().nullable(),
  spent: z.number().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  target: z.string().nullable(),
  benefit: z.string().nullable(),
  internalNote: z.string().nullable(),
  parentId: z.uuid().nullable(),
  weight: z.number().int(),
  childCount: z.number().int(),
  isPublished: z.boolean(),
  doneAt: z.string().nullable(),
  asOf: z.string().describe('The day progress and status are computed for'),
  plannedProgress: z.number(),
  actualProgress: z.number().describe('The latest reported percentage on or before asOf'),
  milestoneShare: z.number().describe('Share of milestone weight done, percent'),
  status: z.enum(PROJECT_STATUSES),
  lastReportedOn: z.string().nullable(),
  isFollowing: z.boolean(),
  allowedActions: z.array(z.enum(PROJECT_ACTIONS)),
});
export type Project = z.infer<typeof ZProject>;

export const ZProjectDetail = ZProject.extend({
  milestones: z.array(ZMilestone),
  children: z.array(
    ZProject.pick({
      id: true,
      name: true,
      weight: true,
      plannedProgress: true,
      actualProgress: true,
      status: true,
    }),
  ),
  tickets: z.array(z.object({ id: z.uuid(), number: z.string(), title: z.string(), state: z.string() })),
});
export type ProjectDetail = z.infer<typeof ZProjectDetail>;

export const ZAsOfQuery = z.object({
  asOf: ZDay.optional().describe("Defaults to today in the installation's zone"),
});

export const ZProjectListQuery = ZAsOfQuery.extend({
  placeId: z.uuid().optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  category: z.enum(PROJECT_CATEGORIES).optional(),
  q: z.string().trim().max(TEXT_LIMITS.listSearch.max).optional(),
  parentId: z.uuid().optional().describe('Sub-projects of this one'),
});

export const ZProjectTicketLink = z.object({ ticketId: z.uuid() });
export const ZProjectAccept = z.object({
  result: z
    .string()
    .trim()
    .min(1)
    .max(TEXT_LIMITS.moveResult.max)
    .describe('What was delivered; linked tickets are resolved with it'),
});
export const ZProjectPublish = z.object({ isPublished: z.boolean() });
export const ZPromoteTicket = z
  .object({
    ticketId: z.uuid(),
    leadUnitId: z.uuid(),
    startDate: ZDay,
    endDate: ZDay,
    name: ZTitle.optional().describe("Defaults to the ticket's title"),
    placeId: z
      .uuid()
      .optional()
      .describe("Defaults to the nearest compound, community, street or district of the ticket's place"),
    milestones: z.array(ZMilestoneInput).max(50).default([]),
  })
  .refine(datesInOrder, { message: 'project_dates_order', path: ['endDate'] });

/** A published project as anyone sees it: no owner's phone, no internal note, no budget detail of persons. */
export const ZPublicProject = ZProject.pick({
  id: true,
  name: true,
  level: true,
  category: true,
  groups: true,
  placeName: true,
  leadUnitName: true,
  budget: true,
  startDate: true,
  endDate: true,
  target: true,
  benefit: true,
  asOf: true,
  plannedProgress: true,
  actualProgress: true,
  status: true,
  doneAt: true,
});
export type PublicProject = z.infer<typeof ZPublicProject>;
export const ZPublicPhoto = z.object({ id: z.uuid(), url: z.string(), takenOn: z.string() });
export const ZPublicProjectDetail = ZPublicProject.extend({
  milestones: z.array(ZMilestone.pick({ name: true, plannedDate: true, doneOn: true })),
  reports: z.array(
    ZProjectReport.pick({ reportedOn: true, progress: true, plannedProgress: true, note: true }),
  ),
  photos: z.array(ZPublicPhoto),
});
export type PublicProjectDetail = z.infer<typeof ZPublicProjectDetail>;
export const ZPublicProjectQuery = z.object({
  placeId: z.uuid().optional(),
  category: z.enum(PROJECT_CATEGORIES).optional(),
});

export const ZProjectPhoto = z.object({
  id: z.uuid(),
  url: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
  takenOn: z.string().describe('The day it was added'),
});
export type ProjectPhoto = z.infer<typeof ZProjectPhoto>;
