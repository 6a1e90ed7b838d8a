import { z } from 'zod';
import { ZDay } from './deadlines';
import { TEXT_LIMITS } from './limits';

// Counted drives (BRIEF §5 "Campaigns with counted targets"): first doses given until the target, rental flats
// inspected until the hazards reach zero (隐患清零), households visited. Field staff tally once a day per place;
// the figures roll up the place tree and draw the curve against the target and the planned pace.

/**
 * `count_up`: each tally is what was done that day (doses given, households visited) and the figures add them up
 * towards the target. `down_to_zero`: each tally is what still remains at that place on that day (hazards not yet
 * removed); a place's last tally stands until its next, and the drive is done at zero.
 */
export const CAMPAIGN_KINDS = ['count_up', 'down_to_zero'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** The longest drive the figures draw day by day. */
export const MAX_CAMPAIGN_DAYS = 731;
/** A day's tally: a town gives a few thousand doses, never millions. */
export const MAX_TALLY = 1_000_000;

const ZName = z.string().trim().min(2).max(TEXT_LIMITS.campaignName.max);
const ZUnitCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,29}$/, 'campaign_unit_code')
  .describe('The unit as a code: doses, households, flats …');

export const ZCampaignInput = z
  .object({
    name: ZName,
    placeId: z.uuid().describe('The place the drive covers; tallies come from it and the places below'),
    kind: z.enum(CAMPAIGN_KINDS).default('count_up'),
    unitCode: ZUnitCode,
    unitLabel: z
      .string()
      .trim()
      .min(1)
      .max(TEXT_LIMITS.campaignUnit.max)
      .describe('The unit as people say it: 剂次, 户'),
    target: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .describe('count_up: the count to reach; down_to_zero: 0'),
    baseline: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .default(0)
      .describe('down_to_zero: what remained on the first day (the planned line starts there)'),
    startsOn: ZDay,
    endsOn: ZDay,
    leadUnit: z.string().trim().max(TEXT_LIMITS.placeName.max).optional().describe('领办单位, as written'),
    isPublished: z.boolean().default(false),
  })
  .superRefine((c, ctx) => {
    if (c.endsOn < c.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'campaign_days_order' });
    } else if (daysBetween(c.startsOn, c.endsOn) + 1 > MAX_CAMPAIGN_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'campaign_too_long' });
    }
    if (c.kind === 'count_up' && c.target < 1) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'campaign_target_positive' });
    }
    if (c.kind === 'down_to_zero' && c.target !== 0) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'campaign_target_zero' });
    }
  });
export type CampaignInput = z.infer<typeof ZCampaignInput>;

/** A change: the fields sent replace the stored ones; the kind is fixed once tallies exist. */
export const ZCampaignPatch = z.object({
  name: ZName.optional(),
  unitLabel: z.string().trim().min(1).max(TEXT_LIMITS.campaignUnit.max).optional(),
  target: z.number().int().min(0).max(100_000_000).optional(),
  baseline: z.number().int().min(0).max(100_000_000).optional(),
  startsOn: ZDay.optional(),
  endsOn: ZDay.optional(),
  leadUnit: z.string().trim().max(TEXT_LIMITS.placeName.max).nullable().optional(),
  isPublished: z.boolean().optional(),
});
export type CampaignPatch = z.infer<typeof ZCampaignPatch>;

export const ZCampaignListQuery = z.object({
  placeId: z.uuid().optional().describe('Drives on this place or below it'),
  kind: z.enum(CAMPAIGN_KINDS).optional(),
  isPublished: z.enum(['true', 'false']).optional(),
});

export const ZCampaignFiguresQuery = z.object({
  placeId: z
    .uuid()
    .optional()
    .describe('Only this part of the drive: the tallies of this place and below it'),
});

/** The day with the most done (count_up), or the largest drop of what remains (down_to_zero). */
export const ZBestDay = z.object({ day: ZDay, count: z.number().int() });

/** One day of the curve. */
export const ZCurvePoint = z.object({
  day: ZDay,
  daily: z.number().int().describe('Done that day (count_up) or removed that day (down_to_zero)'),
  value: z
    .number()
    .int()
    .describe('Cumulative (count_up) or what remains (down_to_zero) at the end of the day'),
  planned: z.number().describe('The straight-line pace from start to end: where the drive should be'),
});

export const ZCampaignFigures = z.object({
  placeId: z.uuid().describe('Whose tallies: the drive place or the part asked for'),
  value: z.number().int().describe('Done so far (count_up) or remaining now (down_to_zero)'),
  share: z
    .number()
    .nullable()
    .describe('Share of the target reached, 0–1 (down_to_zero: of the baseline removed)'),
  bestDay: ZBestDay.nullable(),
  tallyDays: z.number().int().describe('Days with at least one tally'),
  places: z.number().int().describe('Places that have tallied'),
  curve: z.array(ZCurvePoint).describe('From the first day to the last day or today, whichever is earlier'),
});
export type CampaignFigures = z.infer<typeof ZCampaignFigures>;

export const ZCampaign = z.object({
  id: z.uuid(),
  name: z.string(),
  placeId: z.uuid(),
  placeName: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  unitCode: z.string(),
  unitLabel: z.string(),
  target: z.number().int(),
  baseline: z.number().int(),
  startsOn: ZDay,
  endsOn: ZDay,
  leadUnit: z.string().nullable(),
  isPublished: z.boolean(),
  /** What the caller may do here. */
  allowedActions: z.array(z.enum(['edit', 'tally'])),
});
export type Campaign = z.infer<typeof ZCampaign>;

export const ZCampaignListItem = ZCampaign.extend({
  value: z.number().int().describe('Done so far or remaining now, over the part the caller serves'),
  share: z.number().nullable(),
});
export const ZCampaignDetail = ZCampaign.extend({ figures: ZCampaignFigures });
export type CampaignDetail = z.infer<typeof ZCampaignDetail>;

export const ZTallyInput = z.object({
  day: ZDay.describe('The day counted; not after today'),
  count: z.number().int().min(0).max(MAX_TALLY),
  note: z.string().trim().max(TEXT_LIMITS.tallyNote.max).optional(),
  placeId: z
    .uuid()
    .optional()
    .describe(
      "Where it was counted: this drive's place or one below; default the caller's own place if inside",
    ),
  isCorrection: z
    .boolean()
    .default(false)
    .describe('Replace the tally already entered for this place and day (audited); without it that is a 409'),
});
export type TallyInput = z.infer<typeof ZTallyInput>;

export const ZTally = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  placeId: z.uuid(),
  placeName: z.string(),
  day: ZDay,
  count: z.number().int(),
  note: z.string().nullable(),
  enteredByName: z.string().nullable(),
  corrections: z.number().int().describe('How many times it was replaced'),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Tally = z.infer<typeof ZTally>;

export const ZTallyListQuery = z.object({
  placeId: z.uuid().optional().describe('Tallies of this place and below it'),
  from: ZDay.optional(),
  to: ZDay.optional(),
});

/** Whole days from `a` to `b` (YYYY-MM-DD, calendar days, no time zone involved). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The calendar day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
