import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type {
  Project,
  ProjectCategory,
  ProjectLevel,
  ProjectStatus,
  ZProjectListQuery,
} from '../../../shared/projects';
import type { Ctx } from '../../platform/context';
import { type Locale, pickLocale } from '../../platform/messages';
import { styleHeader } from '../../platform/workbook-style';
import { findProjects } from './service';

/** The most rows one export holds (a district's list is hundreds). */
export const PROJECT_EXPORT_CAP = 5000;

type Labels<K extends string> = Record<K, [zh: string, en: string]>;

// The workbook's words; the web has its own copy in i18n/*/projects.json (the server cannot import it).
export const STATUS_LABELS: Labels<ProjectStatus> = {
  on_track: ['按序时推进', 'On track'],
  behind: ['滞后', 'Behind'],
  seriously_behind: ['严重滞后', 'Seriously behind'],
  overdue: ['超期', 'Overdue'],
  done: ['已办结', 'Done'],
};
export const LEVEL_LABELS: Labels<ProjectLevel> = {
  district: ['区级', 'District'],
  street: ['街道级', 'Street'],
  community: ['社区级', 'Community'],
  compound: ['小区级', 'Compound'],
};
export const CATEGORY_LABELS: Labels<ProjectCategory> = {
  education: ['教育', 'Education'],
  health: ['医疗', 'Health'],
  employment: ['就业', 'Employment'],
  social_security: ['社保', 'Social security'],
  housing: ['住房', 'Housing'],
  elderly_care: ['养老', 'Elderly care'],
  transport: ['交通', 'Transport'],
  environment: ['环境', 'Environment'],
  culture: ['文化', 'Culture'],
  other: ['其他', 'Other'],
};

const COLUMNS: [
  zh: string,
  en: string,
  width: number,
  value: (p: Project, l: 0 | 1) => string | number | null,
][] = [
  ['项目名称', 'Project', 36, (p) => p.name],
  ['层级', 'Level', 10, (p, l) => LEVEL_LABELS[p.level][l]],
  ['类别', 'Category', 10, (p, l) => CATEGORY_LABELS[p.category][l]],
  ['地点', 'Place', 16, (p) => p.placeName],
  ['领办单位', 'Lead unit', 24, (p) => p.leadUnitName],
  ['责任人', 'Owner', 10, (p) => p.ownerName],
  ['预算(元)', 'Budget (yuan)', 14, (p) => p.budget],
  ['已支出(元)', 'Spent (yuan)', 14, (p) => p.spent],
  ['开始日期', 'Start', 12, (p) => p.startDate],
  ['结束日期', 'End', 12, (p) => p.endDate],
  ['序时进度(%)', 'Planned (%)', 12, (p) => p.plannedProgress],
  ['实际进度(%)', 'Actual (%)', 12, (p) => p.actualProgress],
  ['状态', 'Status', 12, (p, l) => STATUS_LABELS[p.status][l]],
  ['最近填报', 'Last report', 12, (p) => p.lastReportedOn],
];

/** The project list with the list's filters, as of its day, in the caller's language (owner phones left out). */
export async function exportProjects(
  ctx: Ctx,
  query: z.infer<typeof ZProjectListQuery>,
  acceptLanguage: string | undefined,
): Promise<Buffer> {
  const locale: Locale = pickLocale(acceptLanguage);
  const l = locale === 'zh-CN' ? 0 : 1;
  const rows: Project[] = [];
  let cursor: string | undefined;
  do {
    const page = await findProjects(ctx, { ...query, limit: 100, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < PROJECT_EXPORT_CAP);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(l === 0 ? '重点项目' : 'Projects');
  sheet.columns = COLUMNS.map((c) => ({ header: c[l], width: c[2] }));
  styleHeader(sheet.getRow(1));
  for (const p of rows.slice(0, PROJECT_EXPORT_CAP)) {
    const row = sheet.addRow(COLUMNS.map((c) => c[3](p, l)));
    if (p.status === 'seriously_behind' || p.status === 'overdue') {
      row.getCell(13).font = { color: { argb: 'FFC8102E' }, bold: true };
    } else if (p.status === 'behind') {
      row.getCell(13).font = { color: { argb: 'FFB26A00' } };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
