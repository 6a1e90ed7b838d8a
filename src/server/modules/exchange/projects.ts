import { asc, eq, inArray, or } from 'drizzle-orm';
import {
  type MilestoneInput,
  PROJECT_CATEGORIES,
  type ProjectCategory,
  ZProjectCreate,
} from '../../../shared/projects';
import { place, project, projectMilestone, unit } from '../../db/schema';
import { createProject } from '../projects';
import type { Column } from './columns';
import { placesByCode, within } from './refs';
import { listOf, textOf } from './rows';
import { type ExchangeSpec, fieldColumns } from './spec';

// Key projects with their milestones, one row per project (docs/projects.md, "Import template"). The milestones
// sit in one cell, `名称@YYYY-MM-DD*权重` separated by ；(the weight may be left out: 1).

const CATEGORY_NAMES: Record<ProjectCategory, string> = {
  education: '教育',
  health: '医疗',
  employment: '就业',
  social_security: '社保',
  housing: '住房',
  elderly_care: '养老',
  transport: '交通',
  environment: '环境',
  culture: '文化',
  other: '其他',
};
const MILESTONE = /^(.+)@(\d{4}-\d{2}-\d{2})(?:\*(\d{1,4}))?$/;

const COLUMNS: readonly Column[] = [
  {
    code: 'placeCode',
    header: '地点编码',
    isRequired: true,
    note: '项目所在节点的编码（区、街道、社区或小区）',
    width: 16,
  },
  {
    code: 'name',
    header: '项目名称',
    isRequired: true,
    schema: ZProjectCreate.shape.name,
    note: '2–100 字',
    width: 30,
  },
  {
    code: 'leadUnit',
    header: '领办单位',
    isRequired: true,
    note: '单位编码，或您可见范围内唯一的单位名称',
    width: 24,
  },
  { code: 'category', header: '类别', values: CATEGORY_NAMES, note: '可选，默认“其他”' },
  {
    code: 'startDate',
    header: '开始日期',
    isRequired: true,
    schema: ZProjectCreate.shape.startDate,
    note: 'YYYY-MM-DD',
    width: 12,
  },
  {
    code: 'endDate',
    header: '结束日期',
    isRequired: true,
    schema: ZProjectCreate.shape.endDate,
    note: 'YYYY-MM-DD',
    width: 12,
  },
  {
    code: 'milestones',
    header: '任务节点',
    isList: true,
    note: '可选：节点名称@计划日期*权重，多个用“；”分隔，如 开工@2026-03-01*1；竣工验收@2026-09-30*2',
    width: 48,
  },
  { code: 'ownerName', header: '责任人', schema: ZProjectCreate.shape.ownerName, note: '可选' },
  { code: 'budget', header: '预算（元）', note: '可选，整数' },
  { code: 'target', header: '目标任务', schema: ZProjectCreate.shape.target, note: '可选', width: 30 },
];

function milestoneText(m: { name: string; plannedDate: string; weight: number }) {
  return `${m.name}@${m.plannedDate}*${m.weight}`;
}

/** Key projects on places the caller serves, with their milestones. */
export const projectSpec: ExchangeSpec = {
  kind: 'projects',
  title: '重点项目',
  columns: COLUMNS,
  read: 'project.read',
  write: 'project.write',
  columnOf: fieldColumns({
    'body.placeId': 'placeCode',
    'body.name': 'name',
    'body.leadUnitId': 'leadUnit',
    'body.startDate': 'startDate',
    'body.endDate': 'endDate',
    'body.milestones': 'milestones',
  }),
  fallbackColumn: 'name',

  async exportRows(ctx, under) {
    const rows = await ctx.tx
      .select({ p: project, placeCode: place.code, unitName: unit.name, unitCode: unit.code })
      .from(project)
      .innerJoin(place, eq(place.id, project.placeId))
      .innerJoin(unit, eq(unit.id, project.leadUnitId))
      .where(within(project.placePath, under))
      .orderBy(asc(place.code), asc(project.name));
    const milestones = rows.length
      ? await ctx.tx
          .select()
          .from(projectMilestone)
          .where(
            inArray(
              projectMilestone.projectId,
              rows.map((r) => r.p.id),
            ),
          )
          .orderBy(asc(projectMilestone.plannedDate))
      : [];
    return rows.map(({ p, placeCode, unitName, unitCode }) => ({
      placeCode,
      name: p.name,
      leadUnit: unitCode ?? unitName,
      category: CATEGORY_NAMES[p.category],
      startDate: p.startDate,
      endDate: p.endDate,
      milestones: milestones
        .filter((m) => m.projectId === p.id)
        .map(milestoneText)
        .join('；'),
      ownerName: p.ownerName ?? '',
      budget: p.budget === null ? '' : String(p.budget),
      target: p.target ?? '',
    }));
  },

  async plan(ctx, _services, rows, errors) {
    const places = await placesByCode(
      ctx,
      rows.flatMap((r) => textOf(r, 'placeCode') ?? []),
    );
    const wanted = [...new Set(rows.flatMap((r) => textOf(r, 'leadUnit') ?? []))];
    const units = wanted.length
      ? await ctx.tx
          .select({ id: unit.id, name: unit.name, code: unit.code })
          .from(unit)
          .where(or(inArray(unit.code, wanted), inArray(unit.name, wanted)))
      : [];
    const unitOf = (v: string) => {
      const byCode = units.find((u) => u.code === v);
      const byName = units.filter((u) => u.name === v);
      return byCode?.id ?? (byName.length === 1 ? byName[0]?.id : undefined);
    };
    return rows.flatMap((r) => {
      const placeCode = textOf(r, 'placeCode');
      const home = placeCode ? places.get(placeCode) : undefined;
      if (placeCode && !home) {
        errors.add(r.row, 'placeCode', 'import_code_not_found', { code: placeCode });
      }
      const leadText = textOf(r, 'leadUnit');
      const leadUnitId = leadText ? unitOf(leadText) : undefined;
      if (leadText && !leadUnitId) {
        errors.add(r.row, 'leadUnit', 'project_unit_not_found');
      }
      const milestones: MilestoneInput[] = [];
      for (const item of listOf(r, 'milestones')) {
        const m = MILESTONE.exec(item.trim());
        if (!m?.[1] || !m[2]) {
          errors.add(r.row, 'milestones', 'project_milestone_format', { value: item });
          continue;
        }
        milestones.push({ name: m[1].trim(), plannedDate: m[2], weight: m[3] ? Number(m[3]) : 1 });
      }
      const budgetText = textOf(r, 'budget');
      if (budgetText && !/^\d{1,12}$/.test(budgetText)) {
        errors.add(r.row, 'budget', 'project_budget_format');
      }
      if (!home || !leadUnitId) {
        return [];
      }
      const category = (textOf(r, 'category') ?? 'other') as ProjectCategory;
      return [
        {
          row: r.row,
          run: async (ctx) => {
            const body = ZProjectCreate.safeParse({
              name: textOf(r, 'name'),
              placeId: home.id,
              leadUnitId,
              startDate: textOf(r, 'startDate'),
              endDate: textOf(r, 'endDate'),
              category: PROJECT_CATEGORIES.includes(category) ? category : 'other',
              milestones,
              ...(textOf(r, 'ownerName') ? { ownerName: textOf(r, 'ownerName') } : {}),
              ...(budgetText ? { budget: Number(budgetText) } : {}),
              ...(textOf(r, 'target') ? { target: textOf(r, 'target') } : {}),
            });
            if (!body.success) {
              errors.add(r.row, 'endDate', body.error.issues[0]?.message ?? 'validation_failed');
              return;
            }
            await createProject(ctx, body.data);
          },
        },
      ];
    });
  },
};
