import type { ChangeKind } from '../../../shared/bulletin-figures';
import type { BulletinDetail } from '../../../shared/bulletins';
import type { ProjectStatus } from '../../../shared/projects';
import type { Locale } from '../../platform/messages';
import { STATUS_LABELS } from '../projects';

// The words of a bulletin's downloads (Excel and PDF say the same); the web has its own copy in
// i18n/*/bulletins.json (the server cannot import it).

const PARTS = {
  'zh-CN': ['上旬', '中旬', '下旬'],
  'en-US': ['1st ten days', '2nd ten days', 'last ten days'],
};

const CHANGES: Record<ChangeKind, [zh: string, en: string]> = {
  newly_done: ['新办结', 'Newly done'],
  newly_overdue: ['新超期', 'Newly overdue'],
  newly_behind: ['新滞后', 'Newly behind'],
  recovered: ['已追上序时', 'Recovered'],
};

export const WORDS = {
  'zh-CN': {
    title: (b: BulletinDetail) => `${b.placeName}重点民生项目推进情况通报`,
    period: (b: BulletinDetail) => {
      const [y, m, part] = b.period.split('-');
      return `${y}年${Number(m)}月${PARTS['zh-CN'][Number(part) - 1]}（${b.periodFrom} 至 ${b.asOf}），数据截至 ${b.asOf}`;
    },
    summary: (b: BulletinDetail) => {
      const c = b.figures.counts;
      return `共 ${c.total} 个项目：按序时推进 ${c.on_track} 个，滞后 ${c.behind} 个，严重滞后 ${c.seriously_behind} 个，超期 ${c.overdue} 个，已办结 ${c.done} 个。`;
    },
    counts: '总体情况',
    laggards: '慢序时项目',
    byUnit: '领办单位排名',
    byPlace: '辖区排名',
    changes: '较上期变化',
    none: '无',
    laggardHead: ['项目名称', '领办单位', '地点', '状态', '序时进度(%)', '实际进度(%)', '差距(百分点)'],
    rankHead: (what: string) => ['名次', what, '项目数', '按序时/办结', '滞后', '按序时率(%)', '平均差距'],
    unit: '领办单位',
    place: '地点',
    changeHead: ['项目名称', '领办单位', '变化', '上期状态', '本期状态'],
    countHead: ['项目总数', '按序时推进', '滞后', '严重滞后', '超期', '已办结'],
    sheet: ['总体情况', '慢序时项目', '排名', '较上期变化'],
  },
  'en-US': {
    title: (b: BulletinDetail) => `Key projects bulletin: ${b.placeName}`,
    period: (b: BulletinDetail) => {
      const [y, m, part] = b.period.split('-');
      return `${y}-${m}, ${PARTS['en-US'][Number(part) - 1]} (${b.periodFrom} to ${b.asOf}), figures as of ${b.asOf}`;
    },
    summary: (b: BulletinDetail) => {
      const c = b.figures.counts;
      return `${c.total} projects: ${c.on_track} on track, ${c.behind} behind, ${c.seriously_behind} seriously behind, ${c.overdue} overdue, ${c.done} done.`;
    },
    counts: 'Overview',
    laggards: 'Projects behind schedule',
    byUnit: 'Lead units ranked',
    byPlace: 'Places ranked',
    changes: 'Changes since the previous period',
    none: 'None',
    laggardHead: ['Project', 'Lead unit', 'Place', 'Status', 'Planned (%)', 'Actual (%)', 'Gap (points)'],
    rankHead: (what: string) => [
      'Rank',
      what,
      'Projects',
      'On track or done',
      'Lagging',
      'On track (%)',
      'Mean gap',
    ],
    unit: 'Lead unit',
    place: 'Place',
    changeHead: ['Project', 'Lead unit', 'Change', 'Before', 'Now'],
    countHead: ['Projects', 'On track', 'Behind', 'Seriously behind', 'Overdue', 'Done'],
    sheet: ['Overview', 'Behind schedule', 'Rankings', 'Changes'],
  },
} as const;

const index = (locale: Locale) => (locale === 'zh-CN' ? 0 : 1);

export function statusWord(locale: Locale, status: ProjectStatus | null): string {
  return status ? STATUS_LABELS[status][index(locale)] : locale === 'zh-CN' ? '未开工' : 'Not started';
}

export function changeWord(locale: Locale, kind: ChangeKind): string {
  return CHANGES[kind][index(locale)];
}

/** The rows every download shows, in one order: counts, laggards, the two rankings, the changes. */
export function tablesOf(b: BulletinDetail, locale: Locale) {
  const w = WORDS[locale];
  const c = b.figures.counts;
  const rank = (rows: BulletinDetail['figures']['byUnit']) =>
    rows.map((r) => [r.rank, r.name, r.total, r.onTrack, r.lagging, r.onTrackShare, r.meanGap]);
  return {
    counts: [[c.total, c.on_track, c.behind, c.seriously_behind, c.overdue, c.done]],
    laggards: b.figures.laggards.map((l) => [
      l.name,
      l.leadUnitName,
      l.placeName,
      statusWord(locale, l.status),
      l.plannedProgress,
      l.actualProgress,
      l.gap,
    ]),
    byUnit: rank(b.figures.byUnit),
    byPlace: rank(b.figures.byPlace),
    changes: b.figures.changes.map((ch) => [
      ch.name,
      ch.leadUnitName,
      changeWord(locale, ch.kind),
      statusWord(locale, ch.from),
      statusWord(locale, ch.to),
    ]),
    words: w,
  };
}

/** The download's file name: 通报-<place>-<period>.xlsx / bulletin-<period>.pdf. */
export function fileName(b: BulletinDetail, locale: Locale, ext: 'xlsx' | 'pdf'): string {
  return locale === 'zh-CN' ? `通报-${b.placeName}-${b.period}.${ext}` : `bulletin-${b.period}.${ext}`;
}
