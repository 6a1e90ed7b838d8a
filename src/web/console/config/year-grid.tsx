import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../shared/deadlines';
import { monthNameOf } from '../../ui/time';

type Props = {
  year: number;
  days: readonly CalendarDay[];
  /** A click on any day: its entry, if it has one. */
  onPick: (day: string, entry: CalendarDay | undefined) => void;
};

const HOLIDAY = { background: '#fde2e4', color: '#a8071a', fontWeight: 600 } as const;
const MAKEUP = {
  background: '#e6f0ff',
  color: '#0958d9',
  fontWeight: 600,
  outline: '1px solid #91caff',
} as const;
const MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const WEEKEND = { color: 'rgba(0,0,0,0.35)' } as const;

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Twelve small months: days off in red with 休, make-up workdays in blue with 班 (the marks Chinese calendars
 * use, so colour is never the only sign), plain weekends grey. Weeks start on Monday.
 */
export function YearGrid({ year, days, onPick }: Props) {
  const { t, i18n } = useTranslation(['console', 'config']);
  const byDay = new Map(days.map((d) => [d.day, d]));
  const weekdays = t('config:calendar.weekdaysShort').split(',');
  const monthName = (m: number) => monthNameOf(year, m, i18n.language);

  return (
    <div
      data-testid="year-grid"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: 16 }}
    >
      {MONTHS.map((month) => {
        const first = new Date(Date.UTC(year, month, 1));
        const lead = (first.getUTCDay() + 6) % 7;
        const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
        return (
          <div key={month} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 8 }}>
            <Typography.Text strong style={{ display: 'block', textAlign: 'center', marginBottom: 4 }}>
              {monthName(month)}
            </Typography.Text>
            <div
              style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center' }}
            >
              {weekdays.map((w) => (
                <Typography.Text key={w} type="secondary" style={{ fontSize: 12 }}>
                  {w}
                </Typography.Text>
              ))}
              {lead > 0 ? <span style={{ gridColumn: `span ${lead}` }} /> : null}
              {Array.from({ length }, (_, i) => {
                const day = isoDay(year, month, i + 1);
                const entry = byDay.get(day);
                const weekday = (lead + i) % 7;
                const style = entry
                  ? entry.isWorkday
                    ? MAKEUP
                    : HOLIDAY
                  : weekday >= 5
                    ? WEEKEND
                    : undefined;
                const kind = entry?.isWorkday ? t('config:calendar.makeup') : t('config:calendar.off');
                const label = entry ? `${day} ${entry.name} · ${kind}` : day;
                return (
                  <Tooltip key={day} title={entry ? label : undefined}>
                    <button
                      type="button"
                      aria-label={label}
                      onClick={() => onPick(day, entry)}
                      style={{
                        border: 0,
                        borderRadius: 4,
                        padding: '3px 0',
                        fontSize: 12,
                        lineHeight: '18px',
                        cursor: 'pointer',
                        background: 'transparent',
                        ...style,
                      }}
                    >
                      {i + 1}
                      {entry ? (
                        <sup style={{ fontSize: 9, marginLeft: 1 }}>
                          {entry.isWorkday ? t('config:calendar.makeupMark') : t('config:calendar.offMark')}
                        </sup>
                      ) : null}
                    </button>
                  </Tooltip>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
