import ExcelJS from 'exceljs';
import { RECTIFICATION_FIGURE_KEYS, type RectificationFigures } from '../../../shared/rectification';
import type { MeasureHorizon, MeasureState, ProblemSource } from '../../../shared/rectification-workflow';
import type { Ctx } from '../../platform/context';
import type { Locale } from '../../platform/messages';
import { minuteIn } from '../../platform/time-zone';
import { sheetWithTitle, styleHeader } from '../../platform/workbook-style';
import { getRectificationList } from './service';

type Words = [zh: string, en: string];
const FIGURES: Record<keyof RectificationFigures, Words> = {
  problems: ['问题', 'Problems'],
  measures: ['整改措施', 'Measures'],
  fixedAtOnce: ['立行立改已完成', 'Fixed at once'],
  deadlineMeasures: ['限期整改', 'With a deadline'],
  withinDeadline: ['按期完成', 'Done within deadline'],
  overdue: ['逾期未完成', 'Overdue'],
  longTerm: ['长期整改', 'Long-term'],
  done: ['已完成', 'Done'],
  checked: ['已验收', 'Checked'],
  closed: ['已销号', 'Closed'],
};
const SOURCES: Record<ProblemSource, Words> = {
  self_inspection: ['自查', 'Self-inspection'],
  supervision: ['督查指出', 'Supervision'],
  residents: ['群众反映', 'Residents'],
};
const HORIZONS: Record<MeasureHorizon, Words> = {
  immediate: ['立行立改', 'Immediate'],
  deadline: ['限期整改', 'Deadline'],
  long_term: ['长期整改', 'Long-term'],
};
const STATES: Record<MeasureState, Words> = {
  open: ['整改中', 'In progress'],
  done: ['已完成待验收', 'Done, to check'],
  checked: ['已验收', 'Checked'],
};
const WORDS = {
  figures: ['统计', 'Figures'],
  list: ['整改清单', 'Rectification list'],
  no: ['序号', 'No.'],
  source: ['问题来源', 'Source'],
  problem: ['问题', 'Problem'],
  ownerUnit: ['责任单位', 'Owner unit'],
  problemState: ['销号', 'Closed'],
  measure: ['整改措施', 'Measure'],
  owner: ['责任人', 'Owner'],
  horizon: ['类型', 'Horizon'],
  deadline: ['时限', 'Deadline'],
  state: ['状态', 'State'],
  evidence: ['整改佐证', 'Evidence'],
  yes: ['已销号', 'Closed'],
  no_: ['未销号', 'Open'],
  asOf: ['数据时间', 'As of'],
} satisfies Record<string, Words>;

/** 整改清单 as a workbook: one row per measure under its problem, and the figures. Throws as getRectificationList. */
export async function exportRectificationList(ctx: Ctx, id: string, locale: Locale) {
  const l = locale === 'zh-CN' ? 0 : 1;
  const w = (key: keyof typeof WORDS) => WORDS[key][l];
  const list = await getRectificationList(ctx, id);
  const workbook = new ExcelJS.Workbook();
  workbook.created = ctx.now;
  const title = `${list.name} · ${list.placeName} · ${list.period}`;
  const line = `${w('asOf')} ${minuteIn(ctx.zone, ctx.now)}`;
  const sheet = sheetWithTitle(workbook, w('list'), title, line);
  styleHeader(
    sheet.addRow([
      w('no'),
      w('source'),
      w('problem'),
      w('ownerUnit'),
      w('problemState'),
      w('measure'),
      w('owner'),
      w('horizon'),
      w('deadline'),
      w('state'),
      w('evidence'),
    ]),
  );
  for (const p of list.problems) {
    const head = [
      p.seq,
      SOURCES[p.source][l],
      p.description,
      p.ownerUnit,
      p.state === 'closed' ? w('yes') : w('no_'),
    ];
    if (p.measures.length === 0) {
      sheet.addRow(head);
    }
    for (const m of p.measures) {
      sheet.addRow([
        ...head,
        `${p.seq}.${m.seq} ${m.description}`,
        m.owner,
        HORIZONS[m.horizon][l],
        m.deadline ?? '',
        STATES[m.state][l],
        m.evidence ?? '',
      ]);
    }
  }
  sheet.columns = [8, 12, 40, 16, 10, 40, 12, 12, 12, 14, 40].map((width) => ({ width }));
  const figures = sheetWithTitle(workbook, w('figures'), title, line);
  for (const key of RECTIFICATION_FIGURE_KEYS) {
    figures.addRow([FIGURES[key][l], list.figures[key]]);
  }
  figures.columns = [{ width: 20 }, { width: 10 }];
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), filename: `${list.name}.xlsx` };
}
