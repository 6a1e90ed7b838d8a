import { z } from 'zod';
import { RESIDENT_GROUPS, type ResidentGroup } from './accounts';
import { TEXT_LIMITS } from './limits';

/** Who may order an offering: every resident, or the members of one group (一老一小). */
export const OFFERING_AUDIENCES = ['all', ...RESIDENT_GROUPS] as const;
export type OfferingAudience = (typeof OFFERING_AUDIENCES)[number];

/** Whether someone may order: staff (`groups` null) for anyone; a resident for everyone's or their group's. */
export function mayOrderFor(audience: OfferingAudience, groups: readonly ResidentGroup[] | null): boolean {
  return groups === null || audience === 'all' || groups.includes(audience);
}

/** The kinds of service-hour ledger entries (志愿服务时长): see db/schema/services.ts. */
export const HOUR_ENTRIES = ['credit', 'confirm', 'reverse'] as const;
export type HourEntry = (typeof HOUR_ENTRIES)[number];

/** A credit's status, from the entries that refer to it. */
export const HOUR_STATUSES = ['pending', 'confirmed', 'reversed'] as const;
export type HourStatus = (typeof HOUR_STATUSES)[number];

/** Bounds of the minutes one service order or wish credits (one day at most). */
export const SERVICE_MINUTES = { min: 1, max: 1440 } as const;
/** How many volunteers one order may need. */
export const VOLUNTEERS_NEEDED = { min: 1, max: 20 } as const;

/** `POST /api/service-offerings` (contract with outside tools: name, unitId, placeId, description). */
export const ZOfferingCreate = z.object({
  name: z.string().trim().min(2).max(TEXT_LIMITS.offeringName.max).describe('e.g. 免费理发'),
  unitId: z.uuid().describe('The team that serves it (a unit in your area)'),
  placeId: z.uuid().describe('Where it is offered: residents of this node and below may order it'),
  description: z.string().trim().max(TEXT_LIMITS.offeringDescription.max).default(''),
  audience: z.enum(OFFERING_AUDIENCES).default('all').describe('Who may order it'),
  schedule: z
    .string()
    .trim()
    .max(TEXT_LIMITS.offeringText.max)
    .optional()
    .describe('When, in words: 每月第一个周六上午'),
  location: z.string().trim().max(TEXT_LIMITS.offeringText.max).optional().describe('Where, in words'),
  volunteersNeeded: z
    .number()
    .int()
    .min(VOLUNTEERS_NEEDED.min)
    .max(VOLUNTEERS_NEEDED.max)
    .default(1)
    .describe('How many volunteers one order needs'),
});
export type OfferingCreate = z.infer<typeof ZOfferingCreate>;

/** `PATCH /api/service-offerings/{id}`: any of the fields, and isActive to take it off the menu. */
export const ZOfferingUpdate = z.object({
  name: ZOfferingCreate.shape.name.optional(),
  unitId: z.uuid().optional(),
  description: z.string().trim().max(TEXT_LIMITS.offeringDescription.max).optional(),
  audience: z.enum(OFFERING_AUDIENCES).optional(),
  schedule: z.string().trim().max(TEXT_LIMITS.offeringText.max).nullable().optional(),
  location: z.string().trim().max(TEXT_LIMITS.offeringText.max).nullable().optional(),
  volunteersNeeded: z.number().int().min(VOLUNTEERS_NEEDED.min).max(VOLUNTEERS_NEEDED.max).optional(),
  isActive: z.boolean().optional().describe('false takes it off the menu; open orders go on'),
});
export type OfferingUpdate = z.infer<typeof ZOfferingUpdate>;

export const ZOffering = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  unitId: z.uuid().describe("The offering's team"),
  unitName: z.string().nullable(),
  placeId: z.uuid(),
  placeName: z.string(),
  audience: z.enum(OFFERING_AUDIENCES),
  schedule: z.string().nullable(),
  location: z.string().nullable(),
  volunteersNeeded: z.number().int(),
  isActive: z.boolean(),
  mayEdit: z.boolean().describe('The caller may change it (community staff of its area)'),
  mayOrder: z
    .boolean()
    .describe("The caller may order it: staff always (on someone's behalf), a resident when in its audience"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Offering = z.infer<typeof ZOffering>;

/** `GET /api/service-offerings`. */
export const ZOfferingQuery = z.object({
  placeId: z
    .uuid()
    .optional()
    .describe('The menu open to people at this place: offerings of it and of the nodes above it'),
  under: z.uuid().optional().describe("Office: the offerings in this node's subtree"),
  includeInactive: z.enum(['true', 'false']).optional().describe('Office: also those taken off the menu'),
});

/** One credit of the ledger as a list shows it, with its status from the entries that refer to it. */
export const ZServiceHour = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  minutes: z.number().int(),
  status: z.enum(HOUR_STATUSES),
  ticketId: z.uuid().nullable(),
  activityId: z.uuid().nullable(),
  content: z.string(),
  servedAt: z.string(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  reversedAt: z.string().nullable(),
  reverseReason: z.string().nullable(),
  allowedActions: z.array(z.enum(['confirm', 'reverse'])).describe('What the caller may do with it now'),
});
export type ServiceHour = z.infer<typeof ZServiceHour>;

/** `GET /api/service-hours`. */
export const ZServiceHourQuery = z.object({
  accountId: z.uuid().optional().describe("One volunteer's entries; a volunteer reads only their own"),
  placeId: z.uuid().optional().describe("Office: entries served in this node's subtree"),
  unitId: z.uuid().optional().describe("One team's entries"),
  status: z.enum(HOUR_STATUSES).optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('Served at or after'),
  to: z.iso.datetime({ offset: true }).optional().describe('Served before'),
});

/** `POST /api/service-hours/{id}/reverse`. */
export const ZHourReverse = z.object({
  reason: z.string().trim().min(1).max(TEXT_LIMITS.moveReason.max),
});

/** `POST /api/service-hours/confirm`: several pending credits at once. */
export const ZHourBulkConfirm = z.object({ entryIds: z.array(z.uuid()).min(1).max(100) });
export const ZHourBulkAnswer = z.object({
  confirmed: z.array(z.uuid()).describe('Confirmed now'),
  skipped: z.array(z.uuid()).describe('Already confirmed or reversed: left as they were'),
});
export const ZServiceHourPage = z.object({
  items: z.array(ZServiceHour),
  nextCursor: z.string().nullable(),
  totalMinutes: z
    .number()
    .int()
    .describe('Confirmed minutes (not reversed) of every entry the filter selects, not only this page'),
});
