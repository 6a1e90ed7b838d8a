import { z } from 'zod';

// The statistics contract. What each counter and rate means is written once, in
// src/server/modules/stats/definitions.ts and docs/metrics.md; `GET /api/stats/definitions` serves the same text.

/** Ticket sets counted over a subtree and period (tickets created in [from, to)). */
export const COUNTER_KEYS = [
  'submitted',
  'accepted',
  'rejected',
  'merged',
  'dueForResponse',
  'respondedOnTime',
  'dispatched',
  'dispatchedAccurately',
  'returned',
  'dueForHandling',
  'resolved',
  'resolvedWell',
  'resolvedOnTime',
  'everResolved',
  'reworked',
  'extended',
  'closed',
  'closedOnTime',
  'overdue',
  'overdueOpen',
  'rated',
  'satisfiedOrBasically',
] as const;
export type CounterKey = (typeof COUNTER_KEYS)[number];

/** 三率 and the GB/T 30428.4-style indicators, each numerator / denominator of two counters. */
export const RATE_KEYS = [
  'responseRate',
  'resolutionRate',
  'satisfactionRate',
  'onTimeRate',
  'handledOnTimeRate',
  'reworkRate',
  'extensionRate',
  'accurateDispatchRate',
  'closureRate',
  'closedOnTimeRate',
] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export const AVERAGE_KEYS = ['responseHours', 'handlingHours', 'handlingWorkingHours'] as const;
export type AverageKey = (typeof AVERAGE_KEYS)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'field_bad_date');
/** A day (`YYYY-MM-DD`, from its Beijing midnight) or an instant with its offset. */
const ZInstant = z.union([day, z.iso.datetime({ offset: true })]);

export const ZRatesQuery = z.object({
  placeId: z.uuid().optional().describe("The subtree's top node; default: the caller's own node"),
  from: ZInstant.optional().describe('Tickets created at or after; default: the first day of this month'),
  to: ZInstant.optional().describe('Tickets created before; default: the first day of next month'),
});
export type RatesQuery = z.infer<typeof ZRatesQuery>;

export const ZRate = z.object({
  value: z.number().nullable().describe('numerator / denominator as a fraction 0…1; null when 0 / 0'),
  numerator: z.number().int(),
  denominator: z.number().int(),
});
export type Rate = z.infer<typeof ZRate>;

const counts = Object.fromEntries(COUNTER_KEYS.map((k) => [k, z.number().int()])) as Record<
  CounterKey,
  z.ZodNumber
>;
const rates = Object.fromEntries(RATE_KEYS.map((k) => [k, ZRate])) as Record<RateKey, typeof ZRate>;
const averages = Object.fromEntries(AVERAGE_KEYS.map((k) => [k, z.number().nullable()])) as Record<
  AverageKey,
  z.ZodNullable<z.ZodNumber>
>;

/** The figures of one ticket set: counters, rates built from them, averages (hours; null when none). */
export const ZFigures = z.object({
  counts: z.object(counts),
  closedByOutcome: z
    .object({
      resolved: z.number().int(),
      explained: z.number().int(),
      transferred: z.number().int(),
      duplicate: z.number().int(),
      withdrawn: z.number().int(),
      rejected: z.number().int(),
    })
    .describe('Finished tickets by how they ended (closed, rejected or merged)'),
  ratedByRating: z.object({
    satisfied: z.number().int(),
    basically_satisfied: z.number().int(),
    unsatisfied: z.number().int(),
  }),
  rates: z.object(rates),
  averages: z.object(averages),
});
export type Figures = z.infer<typeof ZFigures>;

/** `GET /api/stats/rates`. */
export const ZRates = ZFigures.extend({
  placeId: z.uuid().nullable().describe('null: the whole tree'),
  placeName: z.string().nullable(),
  trail: z
    .array(z.object({ id: z.uuid(), name: z.string() }))
    .describe('The way back up: the nodes from the caller’s own node down to the parent of placeId'),
  from: z.string().describe('Period start (inclusive), ISO instant'),
  to: z.string().describe('Period end (exclusive), ISO instant'),
  asOf: z.string().describe('When the figures were taken: open tickets are judged against this time'),
});
export type Rates = z.infer<typeof ZRates>;

/** `GET /api/stats/rates/breakdown`: the same figures per child node or per unit (rankings). */
export const ZBreakdownQuery = ZRatesQuery.extend({
  by: z
    .enum(['child', 'unit'])
    .default('child')
    .describe('child: each child node; unit: each unit dispatched to'),
});
export const ZBreakdown = z.object({
  placeId: z.uuid().nullable(),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  items: z.array(
    ZFigures.extend({
      id: z
        .uuid()
        .nullable()
        .describe('The child node or the unit; null: tickets on the node itself or undispatched'),
      name: z.string().nullable(),
    }),
  ),
});
export type Breakdown = z.infer<typeof ZBreakdown>;

/** `GET /api/stats/definitions`: the written definitions, in the caller's language. */
export const ZDefinitions = z.object({
  population: z.string().describe('Which tickets are counted'),
  counters: z.array(z.object({ key: z.enum(COUNTER_KEYS), name: z.string(), definition: z.string() })),
  rates: z.array(
    z.object({
      key: z.enum(RATE_KEYS),
      name: z.string(),
      definition: z.string(),
      numerator: z.enum(COUNTER_KEYS),
      denominator: z.enum(COUNTER_KEYS),
    }),
  ),
  averages: z.array(z.object({ key: z.enum(AVERAGE_KEYS), name: z.string(), definition: z.string() })),
});
export type Definitions = z.infer<typeof ZDefinitions>;
