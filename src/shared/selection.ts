import { z } from 'zod';
import { ZDay } from './deadlines';
import { TEXT_LIMITS } from './limits';
import { PROJECT_CATEGORIES } from './projects';
import {
  CANDIDATE_SOURCES,
  CANDIDATE_STATUSES,
  RATINGS,
  ROUND_ACTIONS,
  ROUND_STATES,
} from './selection-workflow';

// 民生实事项目票决 (selection rounds) and 一月一调度 (monthly reviews): the contract. The round's machine and the
// ranking rule are in selection-workflow.ts; docs/selection.md.

const text = (limit: { min?: number; max: number }) =>
  z
    .string()
    .trim()
    .min(limit.min ?? 1)
    .max(limit.max);
const ZYuan = z.number().int().min(0).max(100_000_000_000).describe('Yuan (元), whole');

export const ZRoundInput = z.object({
  name: text(TEXT_LIMITS.selectionName).describe('e.g. 2026年武进区民生实事项目票决'),
  placeId: z.uuid().describe('The district or street whose programme it decides'),
  year: z.number().int().min(2000).max(2100).describe('The year the projects are for'),
  chooseCount: z.number().int().min(1).max(50).describe('N: how many projects are chosen (每票至多选 N 项)'),
});
export const ZRoundQuery = z.object({
  placeId: z.uuid().optional(),
  year: z.coerce.number().int().optional(),
});

export const ZCandidateInput = z.object({
  source: z.enum(CANDIDATE_SOURCES).describe('ticket (by ticketId), suggestion (free text)'),
  ticketId: z.uuid().optional().describe('source ticket: the ticket it comes from (of the round’s area)'),
  name: text(TEXT_LIMITS.candidateName),
  summary: text(TEXT_LIMITS.candidateText),
  budget: ZYuan.optional().describe('Estimated budget'),
  placeId: z.uuid().optional().describe('Where it would be built; defaults to the round’s place'),
  category: z.enum(PROJECT_CATEGORIES).default('other'),
  proposer: text({ max: TEXT_LIMITS.personName.max * 2 })
    .optional()
    .describe('Who suggested it, as written'),
});
export type CandidateInput = z.infer<typeof ZCandidateInput>;

export const ZCandidateScreen = z.object({
  status: z
    .enum(CANDIDATE_STATUSES)
    .describe('shortlisted 入围, rejected 未入围 (with reason), proposed again'),
  reason: text({ max: TEXT_LIMITS.moveNote.max }).optional().describe('Why it is rejected; required then'),
});

export const ZVoterInput = z.object({
  accountIds: z
    .array(z.uuid())
    .min(1)
    .max(500)
    .describe('Accounts of deputies (人大代表) or representatives'),
  role: z.enum(['deputy', 'representative']).default('deputy'),
});

export const ZRoundMove = z.object({
  action: z.enum(ROUND_ACTIONS),
  winners: z
    .array(
      z
        .object({
          candidateId: z.uuid(),
          leadUnitId: z.uuid().optional().describe('领办单位 of the new project'),
          projectId: z.uuid().optional().describe('An existing project it becomes instead'),
        })
        .refine((w) => (w.leadUnitId === undefined) !== (w.projectId === undefined), {
          message: 'selection_winner_target',
          path: ['leadUnitId'],
        }),
    )
    .max(50)
    .optional()
    .describe('decide: for each winner, a lead unit for its new project or an existing project'),
});
export type RoundMove = z.infer<typeof ZRoundMove>;

export const ZBallotInput = z.object({
  candidateIds: z.array(z.uuid()).min(1).max(50).describe('Shortlisted candidates chosen, at most N'),
});
export const ZRatingInput = z.object({ projectId: z.uuid(), rating: z.enum(RATINGS) });

export const ZCandidate = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  source: z.enum(CANDIDATE_SOURCES),
  ticketId: z.uuid().nullable(),
  reviewId: z.uuid().nullable(),
  name: z.string(),
  summary: z.string(),
  budget: z.number().nullable(),
  placeId: z.uuid(),
  placeName: z.string(),
  category: z.enum(PROJECT_CATEGORIES),
  proposer: z.string().nullable(),
  status: z.enum(CANDIDATE_STATUSES),
  reason: z.string().nullable(),
  votes: z.number().int().nullable().describe('Counted so far (office) or final (after decide)'),
  rank: z.number().int().nullable(),
  isWinner: z.boolean(),
  isTie: z.boolean().describe('Split from an equal count by the tie-break rule'),
  projectId: z.uuid().nullable(),
});
export type Candidate = z.infer<typeof ZCandidate>;

export const ZSatisfaction = z.object({
  projectId: z.uuid(),
  name: z.string(),
  satisfied: z.number().int(),
  fairlySatisfied: z.number().int(),
  dissatisfied: z.number().int(),
  rate: z.number().nullable().describe('(满意 + 基本满意) / all, percent, one decimal'),
});
export type Satisfaction = z.infer<typeof ZSatisfaction>;

export const ZRound = z.object({
  id: z.uuid(),
  name: z.string(),
  placeId: z.uuid(),
  placeName: z.string(),
  year: z.number().int(),
  chooseCount: z.number().int(),
  state: z.enum(ROUND_STATES),
  candidates: z.number().int(),
  shortlisted: z.number().int(),
  voters: z.number().int(),
  ballots: z.number().int().describe('Ballots cast (turnout)'),
  decidedAt: z.string().nullable(),
  allowedActions: z.array(z.enum(ROUND_ACTIONS)),
});
export type Round = z.infer<typeof ZRound>;

export const ZVoter = z.object({
  accountId: z.uuid(),
  name: z.string(),
  role: z.enum(['deputy', 'representative']),
  hasVoted: z.boolean(),
});
export const ZRoundDetail = ZRound.extend({
  candidateList: z.array(ZCandidate),
  voterList: z.array(ZVoter),
  satisfaction: z.array(ZSatisfaction),
});
export type RoundDetail = z.infer<typeof ZRoundDetail>;

/** What a registered voter sees: the shortlist, N, and whether (and how) they voted. */
export const ZBallotView = z.object({
  roundId: z.uuid(),
  name: z.string(),
  year: z.number().int(),
  state: z.enum(ROUND_STATES),
  chooseCount: z.number().int(),
  candidates: z.array(ZCandidate.pick({ id: true, name: true, summary: true, budget: true, category: true })),
  myChoices: z.array(z.uuid()).nullable().describe('null until the ballot is cast'),
  projects: z.array(
    z.object({ projectId: z.uuid(), name: z.string(), myRating: z.enum(RATINGS).nullable() }),
  ),
});
export type BallotView = z.infer<typeof ZBallotView>;

/** Published results: counts only, never who voted or how. */
export const ZPublicRound = z.object({
  id: z.uuid(),
  name: z.string(),
  placeName: z.string(),
  year: z.number().int(),
  chooseCount: z.number().int(),
  voters: z.number().int(),
  ballots: z.number().int(),
  results: z.array(
    ZCandidate.pick({
      name: true,
      category: true,
      budget: true,
      votes: true,
      rank: true,
      isWinner: true,
      isTie: true,
    }),
  ),
  satisfaction: z.array(ZSatisfaction),
});
export type PublicRound = z.infer<typeof ZPublicRound>;

// ---- 一月一调度 ----

export const REVIEW_TASK_KINDS = ['milestone', 'ticket', 'candidate'] as const;
export type ReviewTaskKind = (typeof REVIEW_TASK_KINDS)[number];

export const ZReviewTaskInput = z
  .object({
    kind: z.enum(REVIEW_TASK_KINDS).describe('milestone on a project, ticket (工单), or selection candidate'),
    title: text(TEXT_LIMITS.candidateName),
    detail: text(TEXT_LIMITS.candidateText).optional(),
    projectId: z.uuid().optional().describe('milestone: the project'),
    plannedDate: ZDay.optional().describe('milestone: its planned date'),
    placeId: z.uuid().optional().describe('ticket: where; defaults to the review’s place'),
    roundId: z.uuid().optional().describe('candidate: the round (collecting)'),
  })
  .refine((t) => t.kind !== 'milestone' || (t.projectId && t.plannedDate), {
    message: 'review_task_milestone_fields',
    path: ['projectId'],
  })
  .refine((t) => t.kind !== 'candidate' || t.roundId, { message: 'review_task_round', path: ['roundId'] });
export type ReviewTaskInput = z.infer<typeof ZReviewTaskInput>;

export const ZReviewInput = z.object({
  placeId: z.uuid(),
  heldOn: ZDay.describe('The meeting day'),
  title: text(TEXT_LIMITS.selectionName),
  attendees: z.array(text(TEXT_LIMITS.reviewEntry)).min(1).max(100).describe('Names or units, as written'),
  decisions: z.array(text(TEXT_LIMITS.reviewEntry)).max(100).default([]),
  tasks: z.array(ZReviewTaskInput).max(50).default([]),
});
export const ZReviewQuery = z.object({ placeId: z.uuid().optional() });

export const ZReviewTask = z.object({
  id: z.uuid(),
  kind: z.enum(REVIEW_TASK_KINDS),
  title: z.string(),
  detail: z.string().nullable(),
  projectId: z.uuid().nullable(),
  ticketId: z.uuid().nullable(),
  candidateId: z.uuid().nullable(),
  roundId: z.uuid().nullable(),
});
export const ZReview = z.object({
  id: z.uuid(),
  placeId: z.uuid(),
  placeName: z.string(),
  heldOn: z.string(),
  title: z.string(),
  attendees: z.array(z.string()),
  decisions: z.array(z.string()),
  tasks: z.array(ZReviewTask),
});
export type Review = z.infer<typeof ZReview>;
