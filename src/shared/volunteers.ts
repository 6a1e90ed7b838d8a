import { z } from 'zod';
import { TEXT_LIMITS } from './limits';

// Volunteers and their teams (BRIEF §4; issue 12 capabilities 2 and 8): the API contract.

export const APPLICATION_STATUSES = ['pending', 'approved', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** GB 11643: 17 digits and a check character; the check is the ISO 7064 MOD 11-2 of the first 17. */
export function isIdNumberValid(id: string): boolean {
  const v = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) {
    return false;
  }
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(v[i]), 0);
  return '10X98765432'[sum % 11] === v[17];
}

const ZSkill = z.string().trim().min(1).max(TEXT_LIMITS.volunteerSkill.max);
const ZSkills = z.array(ZSkill).max(20);
const ZIdNumber = z
  .string()
  .trim()
  .regex(/^\d{17}[\dXx]$/, 'format_id_number')
  .refine(isIdNumberValid, 'format_id_number_check')
  .transform((v) => v.toUpperCase());

/** A resident (or a volunteer joining another team) applies: real name, ID number, skills, party identity. */
export const ZApplicationCreate = z.object({
  unitId: z.uuid().describe('The team to join'),
  realName: z.string().trim().min(1).max(TEXT_LIMITS.personName.max).describe('实名'),
  idNumber: ZIdNumber.describe('Resident ID card number; stored encrypted, shown masked'),
  skills: ZSkills.default([]).describe('e.g. 理发, 法律咨询, 急救'),
  availability: z
    .string()
    .trim()
    .max(TEXT_LIMITS.availability.max)
    .optional()
    .describe('When they can serve, e.g. 周末上午'),
  isPartyMember: z.boolean().describe('中共党员'),
  partyBranch: z
    .string()
    .trim()
    .max(TEXT_LIMITS.partyBranch.max)
    .optional()
    .describe('Their own party branch (在职党员双报到); required for a party member'),
  partyWorkUnit: z
    .string()
    .trim()
    .max(TEXT_LIMITS.partyBranch.max)
    .optional()
    .describe('The work unit their branch belongs to'),
  note: z.string().trim().max(TEXT_LIMITS.applicationNote.max).optional(),
});
export type ApplicationCreate = z.infer<typeof ZApplicationCreate>;

export const ZApplicationDecline = z.object({
  reason: z.string().trim().min(TEXT_LIMITS.declineReason.min).max(TEXT_LIMITS.declineReason.max),
});

export const ZApplicationListQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  unitId: z.uuid().optional().describe("One team's applications"),
});

/** An application as its reviewers and its applicant see it. */
export const ZApplication = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  displayName: z.string().describe("The applicant's account name"),
  realName: z.string(),
  idNumber: z.string().describe('Masked (3204**********1234)'),
  unitId: z.uuid(),
  teamName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  skills: z.array(z.string()),
  availability: z.string().nullable(),
  isPartyMember: z.boolean(),
  partyBranch: z.string().nullable(),
  partyWorkUnit: z.string().nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable().describe('Why it was declined'),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  allowedActions: z.array(z.enum(['approve', 'decline', 'withdraw'])),
});
export type Application = z.infer<typeof ZApplication>;

/** A team (志愿服务队): a unit of kind volunteer_team with what only teams have. */
export const ZTeam = z.object({
  id: z.uuid().describe("The team's unit id"),
  name: z.string(),
  placeId: z.uuid(),
  placeName: z.string(),
  serviceBrand: z.string().nullable(),
  stationId: z.uuid().nullable(),
  stationName: z.string().nullable(),
  leaderId: z.uuid().nullable(),
  leaderName: z.string().nullable(),
  skills: z.array(z.string()),
  memberCount: z.number().int(),
  pendingCount: z.number().int().describe('Applications waiting for a decision'),
  allowedActions: z.array(z.enum(['update', 'review'])),
});
export type Team = z.infer<typeof ZTeam>;

export const ZTeamMember = z.object({
  accountId: z.uuid(),
  displayName: z.string(),
  volunteerNumber: z.string().nullable().describe('null for a member without a volunteer profile yet'),
  isPartyMember: z.boolean(),
  isLeader: z.boolean(),
  skills: z.array(z.string()),
});
export type TeamMember = z.infer<typeof ZTeamMember>;
export const ZTeamDetail = ZTeam.extend({ members: z.array(ZTeamMember) });
export type TeamDetail = z.infer<typeof ZTeamDetail>;

export const ZTeamUpdate = z.object({
  serviceBrand: z.string().trim().max(TEXT_LIMITS.serviceBrand.max).nullable(),
  stationId: z.uuid().nullable(),
  leaderId: z.uuid().nullable().describe('A member of the team'),
  skills: ZSkills,
});

export const ZTeamListQuery = z.object({
  placeId: z.uuid().optional().describe('Teams in this subtree'),
});

/** A volunteer's profile (志愿者档案). */
export const ZVolunteer = z.object({
  accountId: z.uuid(),
  displayName: z.string(),
  number: z.string().describe('志愿者编号: unique and stable, district-prefixed'),
  realName: z.string(),
  idNumber: z.string().describe('Masked'),
  skills: z.array(z.string()),
  availability: z.string().nullable(),
  isPartyMember: z.boolean(),
  partyBranch: z.string().nullable(),
  partyWorkUnit: z.string().nullable(),
  homeCommunityName: z.string().nullable().describe('Where a party member reports (双报到)'),
  teams: z.array(z.object({ id: z.uuid(), name: z.string(), serviceBrand: z.string().nullable() })),
});
export type Volunteer = z.infer<typeof ZVolunteer>;

/** What the caller sees of themself: their profile (none before a first approval) and their applications. */
export const ZMyVolunteering = z.object({
  profile: ZVolunteer.nullable(),
  applications: z.array(ZApplication),
});
export type MyVolunteering = z.infer<typeof ZMyVolunteering>;

export const ZIdNumberRevealed = z.object({ idNumber: z.string() });
