import { z } from 'zod';
import { ZDay } from './deadlines';
import { TEXT_LIMITS } from './limits';

// Volunteer service figures (志愿服务数据), the party member's monthly report (在职党员双报到月报) and the honour
// roll (荣誉榜). What each figure counts is written once, in docs/volunteer-figures.md.

/** The figures of one subtree, team or period, in the order the screens and the workbook show them. */
export const VOLUNTEER_FIGURE_KEYS = [
  'volunteers',
  'partyMembers',
  'teams',
  'confirmedMinutes',
  'pendingMinutes',
  'activitiesHeld',
  'attendance',
  'peopleServed',
  'ordersClaimed',
  'ordersCompleted',
  'wishesClaimed',
  'wishesCompleted',
  'ratedOrders',
] as const;
export type VolunteerFigureKey = (typeof VOLUNTEER_FIGURE_KEYS)[number];

const counts = Object.fromEntries(VOLUNTEER_FIGURE_KEYS.map((k) => [k, z.number().int()])) as Record<
  VolunteerFigureKey,
  z.ZodNumber
>;
export const ZVolunteerFigures = z.object({
  ...counts,
  averageRating: z
    .number()
    .nullable()
    .describe('Mean score of the rated completed orders: 满意 3, 基本满意 2, 不满意 1; null when none'),
});
export type VolunteerFigures = z.infer<typeof ZVolunteerFigures>;

/** Longest period one request may cover: a year, leap day included. */
export const MAX_PERIOD_DAYS = 366;

export const ZFiguresQuery = z.object({
  placeId: z.uuid().optional().describe("The subtree's top node; default: the caller's own node"),
  from: ZDay.optional().describe('First day; default: the first day of this month'),
  to: ZDay.optional().describe('Last day, included; default: the last day of this month'),
});
export type FiguresQuery = z.infer<typeof ZFiguresQuery>;

const ZPeriod = {
  placeId: z.uuid().nullable(),
  placeName: z.string().nullable(),
  from: z.string().describe('First day (YYYY-MM-DD)'),
  to: z.string().describe('Last day, included (YYYY-MM-DD)'),
};

export const ZFiguresReport = z.object({
  ...ZPeriod,
  asOf: z.string(),
  totals: ZVolunteerFigures,
  /** One row per child node of the place, zeros included. */
  byChild: z.array(z.object({ id: z.uuid(), name: z.string(), figures: ZVolunteerFigures })),
  /** One row per team in the subtree. */
  byTeam: z.array(
    z.object({ id: z.uuid(), name: z.string(), placeName: z.string(), figures: ZVolunteerFigures }),
  ),
});
export type FiguresReport = z.infer<typeof ZFiguresReport>;

// ——— The party member's monthly report ———

export const ZMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'field_bad_month')
  .describe('YYYY-MM');

export const ZPartyReportQuery = z.object({
  placeId: z.uuid().optional().describe("The subtree's top node; default: the caller's own node"),
  month: ZMonth.optional().describe('Default: this month'),
});
export type PartyReportQuery = z.infer<typeof ZPartyReportQuery>;

export const ZPartyMemberMonth = z.object({
  accountId: z.uuid(),
  name: z.string().describe('实名, for the office of the member’s community'),
  phone: z.string().nullable().describe('masked: 138****1234'),
  workUnit: z.string().nullable(),
  communityName: z.string().nullable().describe('Where they report (双报到)'),
  wishesClaimed: z.number().int(),
  wishesCompleted: z.number().int(),
  ordersClaimed: z.number().int(),
  ordersCompleted: z.number().int(),
  activitiesAttended: z.number().int(),
  confirmedMinutes: z.number().int(),
});
export type PartyMemberMonth = z.infer<typeof ZPartyMemberMonth>;

export const ZPartyReport = z.object({
  placeId: z.uuid().nullable(),
  placeName: z.string().nullable(),
  month: z.string(),
  branches: z.array(
    z.object({
      branch: z.string().nullable().describe('The party branch as registered; null when not given'),
      members: z.array(ZPartyMemberMonth),
    }),
  ),
});
export type PartyReport = z.infer<typeof ZPartyReport>;

// ——— The honour roll ———

export const HONOUR_KINDS = ['volunteer', 'team', 'station'] as const;
export type HonourKind = (typeof HONOUR_KINDS)[number];

/** What a candidate or an entry shows; each kind fills its own (docs/volunteer-figures.md). */
export const ZHonourFigures = z.object({
  confirmedMinutes: z.number().int().optional(),
  averageRating: z.number().nullable().optional(),
  activitiesAttended: z.number().int().optional(),
  ordersCompleted: z.number().int().optional(),
  activitiesHeld: z.number().int().optional(),
  peopleServed: z.number().int().optional(),
});
export type HonourFigures = z.infer<typeof ZHonourFigures>;

export const ZHonourCandidate = z.object({
  kind: z.enum(HONOUR_KINDS),
  id: z.uuid(),
  name: z.string().describe('Office view: the full name'),
  figures: ZHonourFigures,
});
export type HonourCandidate = z.infer<typeof ZHonourCandidate>;

export const ZHonourCandidates = z.object({
  ...ZPeriod,
  volunteers: z.array(ZHonourCandidate),
  teams: z.array(ZHonourCandidate),
  stations: z.array(ZHonourCandidate),
});
export type HonourCandidates = z.infer<typeof ZHonourCandidates>;

export const ZHonourRollCreate = z.object({
  placeId: z.uuid().describe('The place whose honour roll it is'),
  title: z
    .string()
    .trim()
    .min(TEXT_LIMITS.honourRollTitle.min)
    .max(TEXT_LIMITS.honourRollTitle.max)
    .describe('e.g. 2026年11月优秀志愿者'),
  from: ZDay,
  to: ZDay.describe('Last day, included'),
  entries: z
    .array(z.object({ kind: z.enum(HONOUR_KINDS), id: z.uuid() }))
    .min(1)
    .max(60)
    .describe('The candidates chosen, in the order they are listed'),
});
export type HonourRollCreate = z.infer<typeof ZHonourRollCreate>;

export const ZHonourEntry = z.object({
  kind: z.enum(HONOUR_KINDS),
  name: z.string().describe('A volunteer as surname + 某 (no consent to show more is recorded)'),
  figures: ZHonourFigures,
});

export const ZHonourRoll = z.object({
  id: z.uuid(),
  placeId: z.uuid(),
  placeName: z.string(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  publishedAt: z.string().nullable().describe('null once taken down'),
  entries: z.array(ZHonourEntry),
});
export type HonourRoll = z.infer<typeof ZHonourRoll>;

export const ZHonourRollQuery = z.object({
  placeId: z
    .uuid()
    .optional()
    .describe('Rolls of this place and below; default: the caller’s own node (all for the public)'),
});

/** 李秀英 → 李某: how a volunteer's name is shown where the public reads it. */
export function surnameOnly(name: string): string {
  const first = [...name.trim()][0];
  return first ? `${first}某` : '';
}
