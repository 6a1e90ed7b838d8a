/**
 * How long the texts people type may be, in one place: the request schemas (server) and the forms' counters
 * and rules (console and phone) read these numbers, so a form never lets through what the API refuses, nor cuts
 * what it would accept.
 */
export type TextLimit = {
  /** Fewest characters, when more than one is needed (a required field is at least one). */
  readonly min?: number;
  /** Most characters. */
  readonly max: number;
};

export const TEXT_LIMITS = {
  // A ticket (工单) as submitted
  ticketTitle: { min: 2, max: 100 },
  ticketDescription: { max: 4000 },
  address: { max: 200 },
  /** A person's name: a submitter, a unit's contact, an account's display name. */
  personName: { max: 50 },
  // The moves on a ticket (POST /api/tickets/{id}/actions)
  moveReason: { max: 1000 },
  moveNote: { max: 2000 },
  moveResult: { max: 2000 },
  rateComment: { max: 1000 },
  // The place tree, units and stations
  placeName: { max: 100 },
  /** A place's or unit's code. */
  code: { max: 40 },
  unitDescription: { max: 1000 },
  stationRoom: { max: 50 },
  openingHours: { max: 100 },
  bookingPurpose: { max: 200 },
  // The service menu
  offeringName: { max: 60 },
  offeringDescription: { max: 1000 },
  offeringText: { max: 100 },
  // Volunteers and their teams
  volunteerSkill: { max: 20 },
  availability: { max: 200 },
  partyBranch: { max: 100 },
  serviceBrand: { max: 50 },
  applicationNote: { max: 500 },
  declineReason: { min: 2, max: 500 },
  // Configuration
  categoryCode: { max: 40 },
  categoryNameZh: { max: 40 },
  categoryNameEn: { max: 60 },
  holidayName: { max: 40 },
  deadlineRuleNote: { max: 200 },
  open311KeyName: { min: 2, max: 60 },
  // Accounts
  username: { min: 3, max: 32 },
  /** What the sign-in form takes: a username or a resident's phone number. */
  signInName: { max: 64 },
  password: { max: 128 },
  // Search boxes
  ticketSearch: { max: 100 },
  listSearch: { max: 50 },
  similarText: { min: 2, max: 2000 },
  auditTargetId: { max: 64 },
  // Activities (活动)
  activityTitle: { min: 2, max: 100 },
  activityDescription: { max: 2000 },
  // The honour roll (荣誉榜)
  honourRollTitle: { min: 2, max: 60 },
  // Key projects (重点民生项目)
  projectName: { min: 2, max: 100 },
  projectText: { max: 2000 },
  milestoneName: { max: 100 },
  // Counted drives (campaigns)
  campaignName: { min: 2, max: 100 },
  campaignUnit: { max: 20 },
  tallyNote: { max: 500 },
  // Rectification lists (整改清单)
  rectificationName: { min: 2, max: 100 },
  rectificationPeriod: { max: 40 },
  problemDescription: { min: 2, max: 1000 },
  measureText: { min: 2, max: 1000 },
  ownerUnit: { max: 100 },
  evidence: { min: 2, max: 2000 },
  // 述议评 and 督查 of key projects (evaluations)
  statementText: { min: 2, max: 2000 },
  projectComment: { min: 2, max: 500 },
  moderationReason: { min: 2, max: 200 },
  criterionName: { max: 40 },
  scoreNote: { max: 500 },
  urgeText: { min: 2, max: 1000 },
  // Selection of livelihood projects (民生实事票决) and monthly reviews (一月一调度)
  selectionName: { min: 2, max: 100 },
  candidateName: { min: 2, max: 100 },
  candidateText: { max: 1000 },
  reviewEntry: { min: 1, max: 500 },
} as const satisfies Record<string, TextLimit>;

/**
 * The length of `text` as the API counts it: after trimming, in UTF-16 code units (String.length, which is what
 * zod's `.trim().max()` checks), so the counter on a form says exactly what the server will say.
 */
export function textLength(text: string): number {
  return text.trim().length;
}
