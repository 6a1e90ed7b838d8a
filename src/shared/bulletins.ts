import { z } from 'zod';
import { CHANGE_KINDS } from './bulletin-figures';
import { PERIOD_KEY } from './bulletin-periods';
import { ZDay } from './deadlines';
import { PROJECT_STATUSES } from './projects';

// Contracts of the 三个一 cadence (bulletins module): ten-day bulletins (一旬一通报) and weekly urging (一周一督促).
// docs/bulletins.md.

const ZPeriodKey = z
  .string()
  .regex(PERIOD_KEY)
  .describe('A ten-day period: YYYY-MM-1 (days 1–10), YYYY-MM-2 (11–20), YYYY-MM-3 (21 to the month end)');
const ZStatus = z.enum(PROJECT_STATUSES);

export const ZBulletinGenerate = z.object({
  placeId: z.uuid().describe('A district or street in the caller’s area'),
  period: ZPeriodKey.describe('A period that has ended, or today’s when today is its last day'),
});
export type BulletinGenerate = z.infer<typeof ZBulletinGenerate>;

export const ZBulletinListQuery = z.object({
  placeId: z.uuid().optional().describe('Bulletins of this place and the places below it'),
  period: ZPeriodKey.optional(),
});

export const ZStatusCounts = z.object({
  total: z.number().int().describe('Projects counted: those without sub-projects, started by the last day'),
  on_track: z.number().int(),
  behind: z.number().int(),
  seriously_behind: z.number().int(),
  overdue: z.number().int(),
  done: z.number().int(),
});

export const ZLaggard = z.object({
  id: z.uuid(),
  name: z.string(),
  leadUnitName: z.string(),
  placeName: z.string().describe('The child place of the bulletin’s place that holds it'),
  status: ZStatus,
  plannedProgress: z.number(),
  actualProgress: z.number(),
  gap: z.number().describe('planned − actual, in points'),
});

export const ZRankingRow = z.object({
  id: z.uuid(),
  name: z.string(),
  rank: z.number().int().describe('1 is best; equal share and gap share a rank'),
  total: z.number().int(),
  onTrack: z.number().int().describe('On track or done'),
  lagging: z.number().int().describe('Behind, seriously behind or overdue'),
  onTrackShare: z.number().describe('onTrack / total × 100, one decimal'),
  meanGap: z.number().describe('Mean of max(0, planned − actual), one decimal'),
});

export const ZChange = z.object({
  id: z.uuid(),
  name: z.string(),
  leadUnitName: z.string(),
  kind: z.enum(CHANGE_KINDS),
  from: ZStatus.nullable().describe('Status on the previous period’s last day; null when not started then'),
  to: ZStatus,
});

export const ZBulletinFigures = z.object({
  counts: ZStatusCounts,
  laggards: z.array(ZLaggard).describe('Worst status first, then the widest gap'),
  byUnit: z.array(ZRankingRow).describe('Lead units, best first'),
  byPlace: z.array(ZRankingRow).describe('Child places, best first'),
  changes: z.array(ZChange).describe('Status changes since the previous period'),
});

export const ZBulletin = z.object({
  id: z.uuid(),
  placeId: z.uuid(),
  placeName: z.string(),
  period: ZPeriodKey,
  periodFrom: z.string().describe('First day of the period'),
  asOf: z.string().describe('Last day of the period: every figure is as of this day'),
  counts: ZStatusCounts,
  generatedAt: z.string(),
  generatedByName: z.string().nullable().describe('Null when the sweep wrote it'),
});
export type Bulletin = z.infer<typeof ZBulletin>;

export const ZBulletinDetail = ZBulletin.extend({ figures: ZBulletinFigures });
export type BulletinDetail = z.infer<typeof ZBulletinDetail>;

export const ZUrgingListQuery = z.object({
  projectId: z.uuid().optional(),
  since: ZDay.optional().describe('Urges sent on or after this day (default: the last 28 days)'),
});

export const ZUrging = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectName: z.string(),
  leadUnitName: z.string(),
  week: z.string().describe('ISO week, 2026-W49'),
  urgedOn: z.string(),
  lastReportedOn: z.string().nullable().describe('The project’s latest report when it was urged'),
  recipients: z.number().int().describe('Lead-unit staff told'),
});
export type Urging = z.infer<typeof ZUrging>;
