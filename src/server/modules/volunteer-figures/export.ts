import ExcelJS from 'exceljs';
import { hoursOf } from '../../../shared/certificates';
import {
  type FiguresQuery,
  type PartyReportQuery,
  VOLUNTEER_FIGURE_KEYS,
  type VolunteerFigures,
} from '../../../shared/volunteer-figures';
import type { Ctx } from '../../platform/context';
import type { Locale } from '../../platform/messages';
import { dayIn, minuteIn } from '../../platform/time-zone';
import { sheetWithTitle, styleHeader } from '../../platform/workbook-style';
import { getVolunteerFigures } from './figures';
import { getPartyReport } from './party-reports';

type Words = [zh: string, en: string];

/** Column names of the figures, as the screens name them (src/web/i18n/<lang>/volunteer-figures.json). */
const FIGURE_NAMES: Record<keyof VolunteerFigures, Words> = {
  volunteers: ['注册志愿者', 'Registered volunteers'],
  partyMembers: ['党员志愿者', 'Party-member volunteers'],
  teams: ['服务队', 'Teams'],
  confirmedMinutes: ['已确认时长（小时）', 'Confirmed hours'],
  pendingMinutes: ['待确认时长（小时）', 'Hours pending'],
  activitiesHeld: ['开展活动', 'Activities held'],
  attendance: ['参与人次', 'Check-ins'],
  peopleServed: ['服务群众人次', 'People served'],
  ordersClaimed: ['服务点单认领', 'Service orders claimed'],
  ordersCompleted: ['服务点单完成', 'Service orders completed'],
  wishesClaimed: ['微心愿认领', 'Wishes claimed'],
  wishesCompleted: ['微心愿完成', 'Wishes completed'],
  ratedOrders: ['已评价点单', 'Orders rated'],
  averageRating: ['平均评价（3 分制）', 'Average rating (of 3)'],
};

const WORDS = {
  figures: ['志愿服务数据', 'Volunteer service figures'],
  byChild: ['按下级', 'By child node'],
  byTeam: ['按服务队', 'By team'],
  childName: ['下级', 'Child node'],
  teamName: ['服务队', 'Team'],
  teamPlace: ['所在地点', 'Place'],
  total: ['合计', 'Total'],
  wholeTree: ['全部', 'Everywhere'],
  asOf: ['数据时间', 'Figures as of'],
  partyReport: ['在职党员双报到月报', 'Party members’ monthly report'],
  branch: ['党支部', 'Party branch'],
  noBranch: ['（未填写支部）', '(no branch given)'],
  name: ['姓名', 'Name'],
  phone: ['手机号', 'Phone'],
  workUnit: ['工作单位', 'Work unit'],
  community: ['报到社区', 'Community reported to'],
  activitiesAttended: ['参加活动', 'Activities attended'],
} satisfies Record<string, Words>;

const HOURS = new Set<keyof VolunteerFigures>(['confirmedMinutes', 'pendingMinutes']);
const COLUMNS: (keyof VolunteerFigures)[] = [...VOLUNTEER_FIGURE_KEYS, 'averageRating'];

export type VolunteerExport = { body: Buffer; filename: string };

/** Minutes as hours with one decimal, as certificates state them. */
const hours = (minutes: number) => Number(hoursOf(minutes));

/**
 * 志愿服务数据 as a workbook: a title row, then the figures by child node with the subtree's total, and a sheet by
 * team — the same figures as the page (getVolunteerFigures), in the caller's language. Throws as it does.
 */
export async function exportVolunteerFigures(
  ctx: Ctx,
  query: FiguresQuery,
  locale: Locale,
): Promise<VolunteerExport> {
  const l = locale === 'zh-CN' ? 0 : 1;
  const w = (key: keyof typeof WORDS) => WORDS[key][l];
  const report = await getVolunteerFigures(ctx, query);
  const placeName = report.placeName ?? w('wholeTree');
  const title = `${w('figures')} · ${placeName} · ${report.from} – ${report.to}`;
  const workbook = new ExcelJS.Workbook();
  workbook.created = ctx.now;
  const names = COLUMNS.map((key) => FIGURE_NAMES[key][l]);
  const row = (figures: VolunteerFigures) =>
    COLUMNS.map((key) => {
      const value = figures[key];
      return HOURS.has(key) && typeof value === 'number' ? hours(value) : value;
    });

  const byChild = sheetWithTitle(
    workbook,
    w('byChild'),
    title,
    `${w('asOf')} ${minuteIn(ctx.zone, ctx.now)}`,
  );
  styleHeader(byChild.addRow([w('childName'), ...names]));
  for (const c of report.byChild) {
    byChild.addRow([c.name, ...row(c.figures)]);
  }
  byChild.addRow([w('total'), ...row(report.totals)]).font = { bold: true };
  byChild.columns = [{ width: 22 }, ...names.map(() => ({ width: 14 }))];

  const byTeam = sheetWithTitle(workbook, w('byTeam'), title, '');
  styleHeader(byTeam.addRow([w('teamName'), w('teamPlace'), ...names]));
  for (const t of report.byTeam) {
    byTeam.addRow([t.name, t.placeName, ...row(t.figures)]);
  }
  byTeam.columns = [{ width: 22 }, { width: 16 }, ...names.map(() => ({ width: 14 }))];
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    filename: `${l === 0 ? '志愿服务数据' : 'volunteer-figures'}-${placeName}-${report.from}-${report.to}.xlsx`,
  };
}

/**
 * 在职党员双报到月报 as a workbook: a title row, then one line per party member with their branch in the first
 * column (members of one branch together), phones masked as on the page. Throws as getPartyReport.
 */
export async function exportPartyReport(
  ctx: Ctx,
  query: PartyReportQuery,
  locale: Locale,
): Promise<VolunteerExport> {
  const l = locale === 'zh-CN' ? 0 : 1;
  const w = (key: keyof typeof WORDS) => WORDS[key][l];
  const report = await getPartyReport(ctx, query);
  const placeName = report.placeName ?? w('wholeTree');
  const workbook = new ExcelJS.Workbook();
  workbook.created = ctx.now;
  const sheet = sheetWithTitle(
    workbook,
    w('partyReport'),
    `${w('partyReport')} · ${placeName} · ${report.month}`,
    `${w('asOf')} ${minuteIn(ctx.zone, ctx.now)}`,
  );
  styleHeader(
    sheet.addRow([
      w('branch'),
      w('name'),
      w('phone'),
      w('workUnit'),
      w('community'),
      FIGURE_NAMES.wishesClaimed[l],
      FIGURE_NAMES.wishesCompleted[l],
      FIGURE_NAMES.ordersClaimed[l],
      FIGURE_NAMES.ordersCompleted[l],
      w('activitiesAttended'),
      FIGURE_NAMES.confirmedMinutes[l],
    ]),
  );
  for (const b of report.branches) {
    for (const m of b.members) {
      sheet.addRow([
        b.branch ?? w('noBranch'),
        m.name,
        m.phone,
        m.workUnit,
        m.communityName,
        m.wishesClaimed,
        m.wishesCompleted,
        m.ordersClaimed,
        m.ordersCompleted,
        m.activitiesAttended,
        hours(m.confirmedMinutes),
      ]);
    }
  }
  sheet.columns = [{ width: 26 }, { width: 10 }, { width: 14 }, { width: 20 }, { width: 14 }];
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    filename: `${l === 0 ? '党员报到月报' : 'party-report'}-${placeName}-${report.month}-${dayIn(ctx.zone, ctx.now)}.xlsx`,
  };
}
