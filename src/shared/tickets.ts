import { z } from 'zod';
import { TEXT_LIMITS } from './limits';
import { ZPhone } from './places';

/** BRIEF §3. */
export const TICKET_KINDS = ['problem', 'wish', 'service', 'suggestion', 'consultation'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const CHANNELS = [
  'resident_app',
  'hotline',
  'grid_visit',
  'wish_card',
  'collection_box',
  'meeting',
  'survey',
  'service_desk',
  'reception',
  'external',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const URGENCIES = ['normal', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** 立行立改 / 限期整改 / 长期整改 (孟轲乡). */
export const HORIZONS = ['immediate', 'deadline', 'long_term'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const TICKET_STATES = [
  'submitted',
  'accepted',
  'rejected',
  'merged',
  'dispatched',
  'pooled',
  'received',
  'claimed',
  'in_progress',
  'escalated',
  'resolved',
  'rated',
  'closed',
] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const TICKET_ACTIONS = [
  'accept',
  'reject',
  'merge',
  'dispatch',
  'pool',
  'receive',
  'claim',
  'progress',
  'resolve',
  'rate',
  'close',
  'return',
  'escalate',
  'urge',
  'extend',
  'approve_extension',
  'deny_extension',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const RATINGS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** How a ticket ended. Only `resolved` counts as resolved in the rates (honest closing). */
export const OUTCOMES = [
  'resolved',
  'explained',
  'transferred',
  'duplicate',
  'withdrawn',
  'rejected',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Deadline colour: green in time, yellow past 80 % of a limit, red past it. */
export const DEADLINE_STATUSES = ['green', 'yellow', 'red'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const ZTicketAction = z.enum(TICKET_ACTIONS);

export const ZTicketKind = z.enum(TICKET_KINDS);
export const ZTicketState = z.enum(TICKET_STATES);

/** `POST /api/tickets` (contract with outside tools). */
export const ZTicketCreate = z.object({
  kind: ZTicketKind,
  title: z
    .string()
    .trim()
    .min(TEXT_LIMITS.ticketTitle.min)
    .max(TEXT_LIMITS.ticketTitle.max)
    .describe('A short summary, e.g. 3栋门口路灯不亮'),
  description: z.string().trim().min(1).max(TEXT_LIMITS.ticketDescription.max),
  placeId: z.uuid().describe('Any node down to a building; residents default to their home'),
  categoryId: z.uuid().optional().describe('A second-level category (GET /api/categories)'),
  channel: z.enum(CHANNELS).optional().describe('Defaults to resident_app for residents, hotline for staff'),
  urgency: z.enum(URGENCIES).default('normal'),
  horizon: z.enum(HORIZONS).default('deadline'),
  address: z.string().trim().max(TEXT_LIMITS.address.max).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  isAnonymous: z.boolean().default(false).describe('Hide who submitted it from everyone but the system'),
  isPublic: z.boolean().default(false).describe('Consent to show it (anonymised) on public pages'),
  submitterName: z
    .string()
    .trim()
    .max(TEXT_LIMITS.personName.max)
    .optional()
    .describe('Staff recording for someone else'),
  submitterPhone: ZPhone.optional(),
  offeringId: z
    .uuid()
    .optional()
    .describe(
      'kind service (服务点单): the offering ordered (GET /api/service-offerings?placeId=); required there',
    ),
});
export type TicketCreate = z.infer<typeof ZTicketCreate>;

export const ZTicketEvent = z.object({
  id: z.uuid(),
  action: z.string(),
  fromState: ZTicketState.nullable(),
  toState: ZTicketState,
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  at: z.string(),
});

export const ZTicket = z.object({
  id: z.uuid(),
  number: z.string().describe('Human-readable, e.g. GD-20261122-000123'),
  kind: ZTicketKind,
  state: ZTicketState,
  outcome: z.enum(OUTCOMES).nullable(),
  title: z.string(),
  description: z.string(),
  categoryId: z.uuid().nullable(),
  categoryName: z.string().nullable(),
  channel: z.enum(CHANNELS),
  urgency: z.enum(URGENCIES),
  horizon: z.enum(HORIZONS),
  placeId: z.uuid(),
  placeName: z.string(),
  address: z.string().nullable(),
  submitterName: z.string().nullable().describe('Masked unless the caller must see it'),
  submitterPhone: z.string().nullable().describe('Masked'),
  isAnonymous: z.boolean(),
  isPublic: z.boolean(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  claimantName: z.string().nullable(),
  claimCount: z.number().int().describe('How many claimed it (领单)'),
  claimsNeeded: z
    .number()
    .int()
    .describe('How many claimants it takes: a service order what its offering needs'),
  offeringId: z.uuid().nullable().describe('A service order: the offering it orders'),
  mergedIntoId: z.uuid().nullable(),
  rating: z.enum(RATINGS).nullable(),
  reopenCount: z.number().int(),
  extensionCount: z.number().int(),
  urgeCount: z.number().int(),
  extensionRequest: z
    .object({
      days: z.number().int(),
      reason: z.string(),
      requestedById: z.uuid().nullable(),
      requestedByName: z.string().nullable(),
      requestedAt: z.string(),
    })
    .nullable()
    .describe(
      'A pending extension request (延期申请) waiting for the level above: approve_extension or deny_extension',
    ),
  responseDueAt: z.string(),
  handleDueAt: z.string(),
  deadlineStatus: z.enum(DEADLINE_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  allowedActions: z.array(ZTicketAction).describe('The moves the caller may make now'),
  canCallBack: z
    .boolean()
    .describe("The caller handles it and may reveal the submitter's phone (POST /api/tickets/{id}/contact)"),
});
export type Ticket = z.infer<typeof ZTicket>;

/** A ticket's photo as its readers get it; `url` serves the bytes (stripped of metadata unless the office asks). */
export const ZPhoto = z.object({
  id: z.uuid(),
  url: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
  mayRemove: z
    .boolean()
    .describe('Whether the caller may take it off: who added it, or the office, while open'),
});
export type Photo = z.infer<typeof ZPhoto>;
export const ZTicketDetail = ZTicket.extend({ events: z.array(ZTicketEvent) });

/** The submitter's contact unmasked (a reveal, audited), for calling the resident back. */
export const ZTicketContact = z.object({
  submitterName: z.string().nullable(),
  submitterPhone: z.string().nullable(),
});
export type TicketContact = z.infer<typeof ZTicketContact>;

/** The office's work queues, in the order the console menu shows them. */
export const OFFICE_QUEUES = [
  'to_accept',
  'to_dispatch',
  'my_unit',
  'overdue',
  'escalated_to_me',
  'extension_requests',
  'to_close',
] as const;
export type OfficeQueue = (typeof OFFICE_QUEUES)[number];

/** How many tickets wait in each of the caller's queues, and how many near their limit (a workbench). */
export const ZQueueCounts = z.object({
  queues: z.object(
    Object.fromEntries([...OFFICE_QUEUES, 'mine'].map((q) => [q, z.number().int()])) as Record<
      OfficeQueue | 'mine',
      z.ZodNumber
    >,
  ),
  dueSoon: z.number().int().describe('Open, past the warning point (80 % of the limit) and not yet overdue'),
});
export type QueueCounts = z.infer<typeof ZQueueCounts>;

export const ZTicketListQuery = z.object({
  state: z
    .string()
    .regex(/^[a-z_]+(,[a-z_]+)*$/)
    .optional()
    .describe('One state or several, comma-separated'),
  kind: ZTicketKind.optional(),
  categoryId: z.uuid().optional(),
  placeId: z.uuid().optional().describe('Tickets in this subtree'),
  channel: z.enum(CHANNELS).optional(),
  unitId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional().describe('Only tickets past their handling limit'),
  from: z.iso.datetime({ offset: true }).optional().describe('Created at or after'),
  to: z.iso.datetime({ offset: true }).optional().describe('Created before'),
  q: z.string().trim().max(TEXT_LIMITS.ticketSearch.max).optional().describe('Chinese full-text search'),
  queue: z
    .enum([...OFFICE_QUEUES, 'mine', 'wish_wall', 'to_claim'])
    .optional()
    .describe(
      'A work queue; wish_wall = public wishes waiting to be claimed; to_claim = service orders and wishes the caller may claim now; extension_requests = pending extension requests the caller may answer',
    ),
});

/** `GET /api/tickets/export.xlsx`: the list's filters, and how the submitters' phones are written. */
export const ZTicketExportQuery = ZTicketListQuery.extend({
  phones: z
    .enum(['masked', 'full'])
    .default('masked')
    .describe(
      'masked (138****1234) for everyone; full writes the numbers whole where the caller may call the submitter ' +
        'back, needs ticket.export_phones, and is audited once with the number of rows revealed',
    ),
});
export type TicketExportQuery = z.infer<typeof ZTicketExportQuery>;

/** `GET /api/tickets/similar`: duplicate hints at intake, before a ticket exists. */
export const ZSimilarQuery = z.object({
  placeId: z.uuid().describe('Where the new ticket is'),
  text: z
    .string()
    .trim()
    .min(TEXT_LIMITS.similarText.min)
    .max(TEXT_LIMITS.similarText.max)
    .describe('Its title and description'),
});

/** An open ticket that may be the same matter (从一件事到一类事). */
export const ZSimilarTicket = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  state: ZTicketState,
  placeName: z.string(),
  createdAt: z.string(),
  score: z.number().describe('Text similarity 0…1 (pg_trgm), plus 0.1 when at the very same place'),
});
export type SimilarTicket = z.infer<typeof ZSimilarTicket>;

/** A wish on the public wall (shared/wish-wall.ts): nothing that identifies the resident. */
export const ZPublicWish = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  description: z.string(),
  placeName: z.string().describe('The community (社区/村) it is in, never the compound, building or address'),
  submitterName: z.string().nullable().describe('Masked as 王**; null when the resident is anonymous'),
  state: ZTicketState,
  createdAt: z.string(),
  allowedActions: z
    .array(ZTicketAction)
    .describe('What the signed-in caller may do with it now (claim); empty for the public'),
});
export type PublicWish = z.infer<typeof ZPublicWish>;

/** `GET /api/public/wishes`: the wall, all of it or one area of it. */
export const ZPublicWishQuery = z.object({
  placeId: z.uuid().optional().describe('Only wishes in this subtree (a district, street or community)'),
});

/** `POST /api/tickets/{id}/actions`. */
export const ZTicketMove = z.object({
  action: ZTicketAction,
  reason: z.string().trim().min(1).max(TEXT_LIMITS.moveReason.max).optional(),
  note: z.string().trim().min(1).max(TEXT_LIMITS.moveNote.max).optional(),
  result: z.string().trim().min(1).max(TEXT_LIMITS.moveResult.max).optional(),
  unitId: z.uuid().optional(),
  intoId: z.uuid().optional(),
  rating: z.enum(RATINGS).optional(),
  comment: z.string().trim().max(TEXT_LIMITS.rateComment.max).optional(),
  outcome: z.enum(OUTCOMES).optional().describe('For close: defaults to resolved after a rating'),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(1440)
    .optional()
    .describe(
      'For resolve: the minutes the service took (required for a service order); each claimant is credited them as pending service hours',
    ),
  days: z
    .number()
    .int()
    .min(1)
    .max(90)
    .optional()
    .describe(
      'For extend: working days added (asked for by the handler or office, granted at once by the level above)',
    ),
  isPublic: z
    .literal(true)
    .optional()
    .describe(
      'For pool: the resident told the office (e.g. on the phone) they agree to show it on the wish wall; recorded on the timeline and in the audit trail',
    ),
  promisedOn: z.iso
    .date()
    .optional()
    .describe(
      'For claim of a wish (required there): the day the claimant promises to fulfil it by (承诺完成日期), today up to 60 days ahead',
    ),
  thanksPublic: z
    .literal(true)
    .optional()
    .describe(
      'For rate of a wish: the resident agrees to show their comment as a thank-you on the public wall, with the claimants’ masked names',
    ),
});
export type TicketMove = z.infer<typeof ZTicketMove>;

/** How far ahead a claimant may promise to fulfil a wish. */
export const WISH_PROMISE_MAX_DAYS = 60;

/** A fulfilled wish its resident thanked in public (`GET /api/public/wish-thanks`): nothing that identifies them. */
export const ZWishThanks = z.object({
  ticketId: z.uuid(),
  number: z.string(),
  title: z.string(),
  placeName: z.string().describe('The community (社区/村) the wish was in'),
  claimantNames: z.array(z.string()).describe('Those who fulfilled it, masked as 王**'),
  thanks: z.string().describe('The resident’s words, as they wrote them when rating'),
  thankedAt: z.string(),
});
export type WishThanks = z.infer<typeof ZWishThanks>;

export const ZCategory = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  name: z.string(),
  kinds: z.array(ZTicketKind),
  sort: z.number().int(),
  isActive: z.boolean(),
});
