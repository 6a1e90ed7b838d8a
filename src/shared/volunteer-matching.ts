import { z } from 'zod';
import { ZPlaceLevel } from './places';

/** How many volunteers one call may notify (`POST /api/tickets/{id}/volunteer-suggestions/notify`). */
export const NOTIFY_LIMIT = 20;
/** How many suggestions a ticket shows at most. */
export const SUGGESTION_LIMIT = 50;

/**
 * One volunteer who may take the ticket, with the reasons for their rank. They are ranked by, in this order:
 * how many of their skills the ticket asks for (matchedSkills), how near they are in the place tree (the level
 * of the nearest place they share with the ticket: same compound before same community before above it), and
 * how much they hold already (openClaims, fewer first); then by name.
 */
export const ZVolunteerSuggestion = z.object({
  accountId: z.uuid(),
  name: z.string(),
  volunteerNumber: z.string().nullable(),
  isPartyMember: z.boolean(),
  matchedSkills: z.array(z.string()).describe('Their skills the offering, category or ticket text names'),
  skills: z.array(z.string()),
  placeName: z.string().nullable().describe('Where they live or serve'),
  sharedLevel: ZPlaceLevel.nullable().describe('The nearest place they share with the ticket, by level'),
  openClaims: z.number().int().describe('Open orders and wishes they have claimed (that the caller sees)'),
});
export type VolunteerSuggestion = z.infer<typeof ZVolunteerSuggestion>;

export const ZVolunteerSuggestions = z.object({
  ticketId: z.uuid(),
  /** How many more claimants the ticket takes. */
  stillNeeded: z.number().int(),
  items: z.array(ZVolunteerSuggestion),
});
export type VolunteerSuggestions = z.infer<typeof ZVolunteerSuggestions>;

export const ZVolunteerNotify = z.object({
  accountIds: z
    .array(z.uuid())
    .min(1)
    .max(NOTIFY_LIMIT)
    .describe(`At most ${NOTIFY_LIMIT}, each one of the ticket's suggested volunteers`),
});
export const ZVolunteerNotifyAnswer = z.object({ notified: z.number().int() });
