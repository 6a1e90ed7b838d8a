import { z } from 'zod';
import { ACTIVITY_ACTIONS, ACTIVITY_STATES } from './activity-workflow';
import { TEXT_LIMITS } from './limits';
import { ZPhone } from './places';

/** Kinds of activity (BRIEF §4, seeds 000 and 003); their labels live in the web's `activities` namespace. */
export const ACTIVITY_KINDS = [
  'volunteer_service', // 志愿服务
  'party_day', // 主题党日
  'lecture', // 宣讲 / 党课 / 云课堂
  'elder_school', // 老年学校课程
  'red_scarf_class', // 红领巾课堂
  'convenience_day', // 便民服务日
  'joint_reception', // 联合接待日
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Where a sign-up stands: counted (`confirmed`), queued (`waitlisted`), withdrawn, or someone who came unannounced. */
export const SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled', 'walk_in'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** How a series repeats (weekly 老年学校, monthly 主题党日, 红领巾课堂 twice a month). */
export const RECURRENCE_FREQUENCIES = ['weekly', 'monthly_day', 'monthly_weekday', 'twice_monthly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

/** An instant with its offset, as the contract says: 2026-12-05T09:00:00+08:00. */
const ZInstant = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 with offset, e.g. 2026-12-05T09:00:00+08:00');
const ZDay = z.iso.date().describe('A calendar day in the installation’s time zone, YYYY-MM-DD');

/** A repetition rule; occurrences on a holiday of the work calendar are skipped (never moved). */
export const ZRecurrence = z.object({
  frequency: z.enum(RECURRENCE_FREQUENCIES),
  /** weekly: every `interval` weeks (1 = every week, 2 = every other week). */
  interval: z.number().int().min(1).max(4).default(1),
  /** twice_monthly: the two days of the month, e.g. [1, 15]; a day past the month's end falls on its last day. */
  monthDays: z.array(z.number().int().min(1).max(31)).length(2).optional(),
  /** The last day an occurrence may fall on; or give `count`. */
  until: ZDay.optional(),
  /** How many occurrences at most (skipped ones not counted). */
  count: z.number().int().min(1).max(200).optional(),
  /** Days left out of the series (exceptions). */
  skipDates: z.array(ZDay).max(100).default([]),
});
export type Recurrence = z.infer<typeof ZRecurrence>;

const ZTitle = z.string().trim().min(2).max(TEXT_LIMITS.activityTitle.max);

/** `POST /api/activities` (contract with outside tools): title, placeId, startsAt, endsAt, capacity, kind?. */
export const ZActivityCreate = z.object({
  title: ZTitle.describe('e.g. 老年学校 书法课'),
  placeId: z.uuid().describe('The community (or a node below) it belongs to'),
  startsAt: ZInstant,
  endsAt: ZInstant,
  capacity: z.number().int().min(1).max(10000).describe('Places; more sign-ups go on the waiting list'),
  kind: z.enum(ACTIVITY_KINDS).default('volunteer_service'),
  description: z.string().trim().max(TEXT_LIMITS.activityDescription.max).optional(),
  stationId: z.uuid().optional().describe('The station (阵地) it is held at'),
  room: z.string().trim().max(TEXT_LIMITS.stationRoom.max).optional().describe('A room of the station'),
  unitId: z.uuid().optional().describe('The volunteer team running it'),
  recurrence: ZRecurrence.optional().describe('Repeat it; each occurrence is its own activity in one series'),
});
export type ActivityCreate = z.infer<typeof ZActivityCreate>;

/** `PUT /api/activities/{id}`: one occurrence's details (the series is not rewritten). */
export const ZActivityUpdate = ZActivityCreate.omit({ recurrence: true, placeId: true });
export type ActivityUpdate = z.infer<typeof ZActivityUpdate>;

export const ZActivity = z.object({
  id: z.uuid(),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  description: z.string().nullable(),
  placeId: z.uuid(),
  placeName: z.string(),
  stationId: z.uuid().nullable(),
  stationName: z.string().nullable(),
  room: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  organiserName: z.string().nullable(),
  startsAt: z.string().describe('ISO 8601 with the installation’s offset'),
  endsAt: z.string(),
  state: z.enum(ACTIVITY_STATES),
  seriesId: z.uuid().nullable(),
  capacity: z.number().int(),
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
  /** People served (recorded when it is done), or the attendance count until then. */
  peopleServed: z.number().int().nullable(),
  summary: z.string().nullable(),
  /** The caller's own sign-up, if any. */
  mySignup: z
    .object({ id: z.uuid(), status: z.enum(SIGNUP_STATUSES), waitlistPosition: z.number().int().nullable() })
    .nullable(),
  allowedActions: z.array(z.enum(['edit', 'signup_others', 'attendance', ...ACTIVITY_ACTIONS])),
});
export type Activity = z.infer<typeof ZActivity>;

export const ZActivityCreated = ZActivity.extend({
  occurrences: z.number().int().describe('How many activities the request made (1 without recurrence)'),
});

export const ZActivityListQuery = z.object({
  placeId: z.uuid().optional().describe('Activities in this place’s subtree'),
  from: ZInstant.optional().describe('Starting at or after'),
  to: ZInstant.optional().describe('Starting before'),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  state: z.enum(ACTIVITY_STATES).optional(),
  seriesId: z.uuid().optional(),
});

export const ZActivityMove = z.object({
  action: z.enum(ACTIVITY_ACTIONS),
  reason: z.string().trim().min(1).max(TEXT_LIMITS.moveReason.max).optional(),
  summary: z.string().trim().max(TEXT_LIMITS.activityDescription.max).optional(),
  peopleServed: z.number().int().min(0).max(100000).optional(),
});

/** `POST /api/activities/{id}/signups`: no body signs up the caller; staff give a name and phone for someone else. */
export const ZSignupCreate = z
  .object({
    name: z.string().trim().min(1).max(TEXT_LIMITS.personName.max),
    phone: ZPhone,
  })
  .nullish();

export const ZSignup = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  status: z.enum(SIGNUP_STATUSES),
  /** 1 for the first on the waiting list; null when not waiting. */
  waitlistPosition: z.number().int().nullable(),
  name: z.string().describe('Masked for staff lists'),
  phone: z.string().nullable().describe('Masked'),
  isSelf: z.boolean().describe('Signed up by the person themselves'),
  signedUpAt: z.string(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  /** Check-out closed by the system after the activity ended (forgotten). */
  autoClosed: z.boolean(),
  /** Minutes this attendance earns (check-in to check-out, inside the activity's time; overlaps earn once). */
  minutes: z.number().int(),
});
export type Signup = z.infer<typeof ZSignup>;

export const ZMySignup = ZSignup.extend({
  activity: ZActivity.pick({
    id: true,
    title: true,
    kind: true,
    startsAt: true,
    endsAt: true,
    state: true,
    placeName: true,
  }),
});

export const ZAttendance = z.object({
  items: z.array(ZSignup),
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
  attendedCount: z.number().int(),
  autoClosedCount: z.number().int(),
  /** A sentence for the record: 「…」于…举行，报名 N 人，签到 M 人。 (zh-CN) */
  summaryText: z.string(),
});

export const ZCheckinCode = z.object({
  token: z.string(),
  /** What the QR code holds: the phone page that checks in and out. */
  url: z.string(),
});

export const ZCheckin = z.object({ token: z.string().min(16).max(100) });
export const ZCheckinResult = z.object({
  activityId: z.uuid(),
  title: z.string(),
  result: z.enum(['checked_in', 'checked_out']),
  at: z.string(),
  minutes: z.number().int().describe('Minutes earned so far (0 on check-in)'),
});
