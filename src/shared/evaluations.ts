import { z } from 'zod';
import { ZDay } from './deadlines';
import { TEXT_LIMITS, type TextLimit } from './limits';

// 公布·评议·督查 of key projects (BRIEF §5): the lead unit states what it did in a month (述), residents and party
// members comment and vote (议), leaders score on the district's rubric (评); the evaluation of a project and
// month is computed from the three, never stored. Supervisors and offices urge a project (督查) and the lead
// unit answers. docs/evaluations.md.

const text = (limit: TextLimit) =>
  z
    .string()
    .trim()
    .min(limit.min ?? 1)
    .max(limit.max);

/** A month, the period statements, votes, comments and scores belong to. */
export const ZPeriod = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'evaluation_period_format')
  .describe('A month, YYYY-MM');
export const ZPeriodQuery = z.object({ period: ZPeriod });

// ── 述 ──
export const ZStatementInput = z.object({
  period: ZPeriod,
  done: text(TEXT_LIMITS.statementText).describe('What was done in the month'),
  problems: text({ max: TEXT_LIMITS.statementText.max }).describe('Problems met'),
  nextSteps: text({ max: TEXT_LIMITS.statementText.max }).describe('What comes next'),
});
export type StatementInput = z.infer<typeof ZStatementInput>;
export const ZStatementPatch = ZStatementInput.omit({ period: true });
export const ZStatement = ZStatementInput.extend({
  id: z.uuid(),
  projectId: z.uuid(),
  filedByName: z.string(),
  isMine: z.boolean().describe('The caller filed it (and may edit it until the period is scored)'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Statement = z.infer<typeof ZStatement>;

// ── 议 ──
/** A resident's vote on a project for a month: 满意, 基本满意, 不满意. */
export const VOTE_CHOICES = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export const ZVoteInput = z.object({ choice: z.enum(VOTE_CHOICES) });
export const ZVoteCounts = z.object({
  satisfied: z.number().int(),
  basically_satisfied: z.number().int(),
  dissatisfied: z.number().int(),
  total: z.number().int(),
});
export type VoteCounts = z.infer<typeof ZVoteCounts>;

/** A comment is pending until an office approves it; hidden ones keep their reason. */
export const COMMENT_STATES = ['pending', 'approved', 'hidden'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];
export const ZCommentInput = z.object({ body: text(TEXT_LIMITS.projectComment) });
export const ZPublicComment = z.object({
  id: z.uuid(),
  body: z.string(),
  authorName: z.string().describe('The author as shown publicly: the surname and a mask'),
  createdAt: z.iso.datetime(),
});
export const ZComment = ZPublicComment.extend({
  period: ZPeriod,
  state: z.enum(COMMENT_STATES),
  hideReason: z.string().nullable(),
  moderatedAt: z.iso.datetime().nullable(),
});
export type Comment = z.infer<typeof ZComment>;
export const ZCommentQuery = z.object({ state: z.enum(COMMENT_STATES).optional() });
export const ZModeration = z
  .object({
    action: z.enum(['approve', 'hide']),
    reason: text(TEXT_LIMITS.moderationReason).optional().describe('Required to hide'),
  })
  .refine((m) => m.action !== 'hide' || m.reason !== undefined, {
    path: ['reason'],
    message: 'evaluation_hide_reason',
  });
/** What a signed-in resident sees of their own part this month. */
export const ZMyDeliberation = z.object({
  period: ZPeriod,
  vote: z.enum(VOTE_CHOICES).nullable(),
  comments: z.array(ZComment),
});

// ── 评 ──
export const ZCriterion = z.object({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,29}$/)
    .describe('Stable key the score sheets use'),
  nameZh: text(TEXT_LIMITS.criterionName),
  nameEn: text(TEXT_LIMITS.criterionName),
  maxPoints: z.number().int().min(1).max(100),
});
export type Criterion = z.infer<typeof ZCriterion>;
export const ZRubric = z.object({
  criteria: z
    .array(ZCriterion)
    .min(1)
    .max(10)
    .refine((c) => new Set(c.map((x) => x.key)).size === c.length, 'evaluation_criterion_twice'),
});
export type Rubric = z.infer<typeof ZRubric>;
export const ZRubricAnswer = ZRubric.extend({
  isDefault: z.boolean().describe('No rubric was set for the district: the default one'),
  maxTotal: z.number().int(),
});

/** The rubric of a district that set none: 进度 30, 质量 30, 群众满意 25, 资料规范 15. */
export const DEFAULT_RUBRIC: Rubric = {
  criteria: [
    { key: 'progress', nameZh: '进度', nameEn: 'Progress', maxPoints: 30 },
    { key: 'quality', nameZh: '质量', nameEn: 'Quality', maxPoints: 30 },
    { key: 'satisfaction', nameZh: '群众满意', nameEn: 'Residents’ satisfaction', maxPoints: 25 },
    { key: 'records', nameZh: '资料规范', nameEn: 'Records in order', maxPoints: 15 },
  ],
};

export const ZScoreInput = z.object({
  period: ZPeriod,
  points: z
    .record(z.string(), z.number().int().min(0))
    .describe('Criterion key → points, each up to its max'),
  note: text(TEXT_LIMITS.scoreNote).optional(),
});
export type ScoreInput = z.infer<typeof ZScoreInput>;
export const ZScorePatch = ZScoreInput.omit({ period: true });
export const ZScoreSheet = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  period: ZPeriod,
  scorerName: z.string(),
  criteria: z.array(ZCriterion.extend({ points: z.number().int() })).describe('The rubric it was scored on'),
  total: z.number().int(),
  note: z.string().nullable(),
  isMine: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type ScoreSheet = z.infer<typeof ZScoreSheet>;

export const ZEvaluation = z.object({
  projectId: z.uuid(),
  projectName: z.string(),
  period: ZPeriod,
  hasStatement: z.boolean(),
  votes: ZVoteCounts,
  approvedComments: z.number().int(),
  scorers: z.number().int(),
  meanTotal: z.number().nullable().describe('Mean of the sheets’ totals, one decimal; null before any sheet'),
  criteria: z
    .array(ZCriterion.extend({ mean: z.number().nullable() }))
    .describe('The current rubric, each with the mean points of the sheets that scored it'),
  maxTotal: z.number().int(),
});
export type Evaluation = z.infer<typeof ZEvaluation>;
export const ZEvaluationDetail = ZEvaluation.extend({
  statement: ZStatement.nullable(),
  sheets: z.array(ZScoreSheet),
});
export const ZEvaluationListQuery = ZPeriodQuery.extend({
  sort: z.enum(['total', '-total']).default('-total').describe('By mean total; unscored projects last'),
});

// ── 督查 ──
export const ZUrgeInput = z.object({
  message: text(TEXT_LIMITS.urgeText),
  answerBy: ZDay.describe('The day the lead unit must answer by'),
});
export const ZUrgeAnswer = z.object({ answer: text(TEXT_LIMITS.urgeText) });
export const URGE_STATES = ['open', 'overdue', 'answered'] as const;
export type UrgeState = (typeof URGE_STATES)[number];
export const ZUrge = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectName: z.string(),
  message: z.string(),
  answerBy: ZDay,
  urgedByName: z.string(),
  urgedAt: z.iso.datetime(),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: z.iso.datetime().nullable(),
  state: z.enum(URGE_STATES),
  canAnswer: z.boolean(),
});
export type Urge = z.infer<typeof ZUrge>;
export const ZUrgeListQuery = z.object({
  state: z.enum(['open', 'overdue']).default('open').describe('open includes the overdue ones'),
});

/** An urge is open until answered, and overdue once its answer-by day has passed unanswered. */
export function urgeState(answeredAt: unknown, answerBy: string, today: string): UrgeState {
  if (answeredAt) {
    return 'answered';
  }
  return answerBy < today ? 'overdue' : 'open';
}

/** Mean to one decimal, or null when there is nothing to average. */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/** The month a day falls in. */
export function periodOf(day: string): string {
  return day.slice(0, 7);
}
