import { z } from 'zod';
import { ZDay } from './deadlines';
import { TEXT_LIMITS } from './limits';
import {
  MEASURE_ACTIONS,
  MEASURE_HORIZONS,
  MEASURE_STATES,
  PROBLEM_ACTIONS,
  PROBLEM_SOURCES,
  PROBLEM_STATES,
} from './rectification-workflow';

// 整改清单 (BRIEF §5): a list of problems found (检视问题), each with its measures (整改措施), closed (销号) when
// every measure is done and checked. The machines are in rectification-workflow.ts.

const text = (limit: { min?: number; max: number }) =>
  z
    .string()
    .trim()
    .min(limit.min ?? 1)
    .max(limit.max);

export const ZRectificationListInput = z.object({
  name: text(TEXT_LIMITS.rectificationName),
  placeId: z.uuid().describe('The office whose list it is; its subtree reads it'),
  period: text(TEXT_LIMITS.rectificationPeriod).describe(
    'The period it covers, as written: 2021年专题民主生活会',
  ),
});
export const ZRectificationListPatch = z.object({
  name: text(TEXT_LIMITS.rectificationName).optional(),
  period: text(TEXT_LIMITS.rectificationPeriod).optional(),
});
export const ZRectificationListQuery = z.object({
  placeId: z.uuid().optional().describe('Lists of this place and below'),
});

export const ZProblemInput = z.object({
  source: z.enum(PROBLEM_SOURCES).describe('self_inspection 自查, supervision 督查指出, residents 群众反映'),
  description: text(TEXT_LIMITS.problemDescription),
  ownerUnit: text({ max: TEXT_LIMITS.ownerUnit.max }).describe('The unit answering for it'),
});

export const ZMeasureInput = z
  .object({
    description: text(TEXT_LIMITS.measureText),
    owner: text({ max: TEXT_LIMITS.ownerUnit.max }).describe('责任人 or unit'),
    horizon: z.enum(MEASURE_HORIZONS).describe('立行立改 immediate, 限期整改 deadline, 长期整改 long_term'),
    deadline: ZDay.optional().describe('Required for the deadline horizon'),
  })
  .refine((m) => m.horizon !== 'deadline' || m.deadline !== undefined, {
    path: ['deadline'],
    message: 'rectification_deadline_required',
  });

export const ZMeasureMove = z.object({
  action: z.enum(MEASURE_ACTIONS),
  evidence: text(TEXT_LIMITS.evidence).optional().describe('complete: what shows it is done'),
  note: text({ max: TEXT_LIMITS.moveNote.max }).optional().describe('reopen: why it goes back'),
});
export const ZProblemMove = z.object({
  action: z.enum(PROBLEM_ACTIONS),
  note: text({ max: TEXT_LIMITS.moveNote.max }).optional().describe('reopen: why'),
});

export const ZMeasure = z.object({
  id: z.uuid(),
  problemId: z.uuid(),
  seq: z.number().int(),
  description: z.string(),
  owner: z.string(),
  horizon: z.enum(MEASURE_HORIZONS),
  deadline: ZDay.nullable(),
  state: z.enum(MEASURE_STATES),
  evidence: z.string().nullable(),
  doneOn: ZDay.nullable(),
  checkedAt: z.iso.datetime({ offset: true }).nullable(),
  isOverdue: z.boolean().describe('A deadline measure not done by its deadline'),
  allowedActions: z.array(z.enum(MEASURE_ACTIONS)),
});
export type Measure = z.infer<typeof ZMeasure>;

export const ZProblem = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  source: z.enum(PROBLEM_SOURCES),
  description: z.string(),
  ownerUnit: z.string(),
  state: z.enum(PROBLEM_STATES),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  measures: z.array(ZMeasure),
  allowedActions: z.array(z.enum([...PROBLEM_ACTIONS, 'add_measure'])),
});
export type Problem = z.infer<typeof ZProblem>;

/** Figures straight from the list: "13 problems, 26 measures, 12 fixed at once". */
export const ZRectificationFigures = z.object({
  problems: z.number().int(),
  measures: z.number().int(),
  fixedAtOnce: z.number().int().describe('立行立改 measures done'),
  deadlineMeasures: z.number().int().describe('限期整改 measures'),
  withinDeadline: z.number().int().describe('限期整改 measures done on or before their deadline'),
  overdue: z.number().int().describe('限期整改 measures not done and past their deadline'),
  longTerm: z.number().int().describe('长期整改 measures'),
  done: z.number().int().describe('Measures done, checked or not'),
  checked: z.number().int().describe('Measures checked (验收)'),
  closed: z.number().int().describe('Problems closed (销号)'),
});
export type RectificationFigures = z.infer<typeof ZRectificationFigures>;
export const RECTIFICATION_FIGURE_KEYS = Object.keys(
  ZRectificationFigures.shape,
) as (keyof RectificationFigures)[];

export const ZRectificationList = z.object({
  id: z.uuid(),
  name: z.string(),
  placeId: z.uuid(),
  placeName: z.string(),
  period: z.string(),
  figures: ZRectificationFigures,
  allowedActions: z.array(z.enum(['edit', 'add_problem'])),
});
export type RectificationList = z.infer<typeof ZRectificationList>;
export const ZRectificationListDetail = ZRectificationList.extend({ problems: z.array(ZProblem) });
export type RectificationListDetail = z.infer<typeof ZRectificationListDetail>;
