import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../shared/deadlines';
import { weekdayOf } from '../../ui/time';

/** One holiday of the year: its days off as runs of consecutive days, and its make-up workdays. */
export type Holiday = { name: string; runs: string[][]; makeup: string[]; days: CalendarDay[] };

const MAKEUP_SUFFIX = '调休上班';
const DAY_MS = 86_400_000;

/** Groups a year's entries by holiday (春节 and 春节调休上班 together), in date order. */
export function groupHolidays(days: readonly CalendarDay[]): Holiday[] {
  const byName = new Map<string, Holiday>();
  for (const d of days) {
    const name = d.name.endsWith(MAKEUP_SUFFIX) ? d.name.slice(0, -MAKEUP_SUFFIX.length) || d.name : d.name;
    const holiday = byName.get(name) ?? { name, runs: [], makeup: [], days: [] };
    byName.set(name, holiday);
    holiday.days.push(d);
    if (d.isWorkday) {
      holiday.makeup.push(d.day);
      continue;
    }
    const run = holiday.runs[holiday.runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && Date.parse(d.day) - Date.parse(last) === DAY_MS) {
      run.push(d.day);
    } else {
      holiday.runs.push([d.day]);
    }
  }
  // In the order of their first day off (国庆节's make-up Sunday may come before 中秋节).
  const start = (h: Holiday) => h.runs[0]?.[0] ?? h.makeup[0] ?? '';
  return [...byName.values()].sort((a, b) => start(a).localeCompare(start(b)));
}

type Props = {
  days: readonly CalendarDay[];
  isLoading: boolean;
  /** Opens one day for editing. */
  onPick: (day: CalendarDay) => void;
  /** Removes every day of a holiday. */
  onRemove: (holiday: Holiday) => void;
};

/** The year's holidays as the State Council's notice reads: 春节 2月15日至23日放假，2月14日、28日上班. */
export function HolidayList({ days, isLoading, onPick, onRemove }: Props) {
  const { t, i18n } = useTranslation(['console', 'config']);
  const { t: tc } = useTranslation();
  const weekday = (day: string) => weekdayOf(day, i18n.language);
  const short = (day: string) =>
    i18n.language === 'en-US' ? `${day.slice(5)} (${weekday(day)})` : `${day.slice(5)}（${weekday(day)}）`;
  const pick = (day: string) => {
    const entry = days.find((d) => d.day === day);
    if (entry) {
      onPick(entry);
    }
  };
  const dayButton = (day: string, label: string, color: string) => (
    <Tag key={day} color={color} style={{ cursor: 'pointer', marginBottom: 4 }} onClick={() => pick(day)}>
      {label}
    </Tag>
  );

  return (
    <Table<Holiday>
      size="small"
      rowKey="name"
      loading={isLoading}
      dataSource={groupHolidays(days)}
      pagination={false}
      locale={{ emptyText: isLoading ? ' ' : t('config:calendar.emptyHint') }}
      columns={[
        { title: t('config:calendar.name'), dataIndex: 'name', width: 160 },
        {
          title: t('config:calendar.off'),
          key: 'off',
          render: (_: unknown, h: Holiday) =>
            h.runs.length === 0 ? (
              '—'
            ) : (
              <>
                {h.runs.map((run) => {
                  const first = run[0] ?? '';
                  const last = run[run.length - 1] ?? first;
                  return dayButton(
                    first,
                    run.length === 1 ? short(first) : `${short(first)} – ${short(last)}`,
                    'red',
                  );
                })}
                <Typography.Text type="secondary">
                  {t('config:calendar.dayCount', { count: h.runs.reduce((n, r) => n + r.length, 0) })}
                </Typography.Text>
              </>
            ),
        },
        {
          title: t('config:calendar.makeup'),
          key: 'makeup',
          render: (_: unknown, h: Holiday) =>
            h.makeup.length === 0 ? '—' : h.makeup.map((day) => dayButton(day, short(day), 'blue')),
        },
        {
          title: t('operations'),
          key: 'actions',
          width: 100,
          render: (_: unknown, h: Holiday) => (
            <Button type="link" danger onClick={() => onRemove(h)}>
              {tc('actions.delete')}
            </Button>
          ),
        },
      ]}
    />
  );
}
