import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Calendar, Flex, Segmented, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, activityKeys, useActivities } from '../../modules/activities/api';
import { wallDay, wallTime } from '../../modules/activities/time';
import { PageFrame, Panel } from '../../ui/page-frame';
import { useSignedIn } from '../shell/gates';
import { ActivityDrawer } from './activity-drawer';
import { ActivityModal } from './activity-modal';
import './activities.css';

const ISO = 'YYYY-MM-DDTHH:mm:ssZ';
const STATE_COLOR = { planned: 'blue', done: 'green', cancelled: 'default' } as const;

/** 活动日历: the activities of my area by month or by week; a click opens one, a button creates one. */
export function ActivitiesPage() {
  const { t } = useTranslation('activities');
  const me = useSignedIn();
  const client = useQueryClient();
  const [view, setView] = useState<'month' | 'week'>('month');
  const [cursor, setCursor] = useState(() => dayjs());
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const canWrite = me.permissions.includes('activity.write');
  // The month view shows whole weeks around the month: ask for six weeks from the Monday before the 1st.
  const from = view === 'month' ? cursor.startOf('month').startOf('week') : cursor.startOf('week');
  const to = view === 'month' ? from.add(6, 'week') : from.add(1, 'week');
  const list = useActivities({ from: from.format(ISO), to: to.format(ISO) });
  const byDay = new Map<string, Activity[]>();
  for (const a of list.data ?? []) {
    const key = wallDay(a.startsAt);
    byDay.set(key, [...(byDay.get(key) ?? []), a]);
  }
  const step = (n: number) => setCursor(cursor.add(n, view === 'month' ? 'month' : 'week'));
  const chip = (a: Activity) => (
    <button
      type="button"
      key={a.id}
      className={`lx-cal-chip lx-cal-${a.state}`}
      onClick={(e) => {
        e.stopPropagation();
        setOpen(a.id);
      }}
      data-testid="calendar-activity"
    >
      <span className="lx-cal-time">{wallTime(a.startsAt)}</span> {a.title}
    </button>
  );
  return (
    <PageFrame
      title={t('calendarTitle')}
      description={t('description')}
      extra={
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('console.new')}
          </Button>
        ) : null
      }
    >
      <Panel>
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
          <Space>
            <Button icon={<LeftOutlined />} onClick={() => step(-1)} aria-label="previous" />
            <Button onClick={() => setCursor(dayjs())}>{t('console.today')}</Button>
            <Button icon={<RightOutlined />} onClick={() => step(1)} aria-label="next" />
            <Typography.Text strong style={{ fontSize: 16 }}>
              {view === 'month'
                ? cursor.format('YYYY-MM')
                : `${from.format('YYYY-MM-DD')} – ${to.subtract(1, 'day').format('MM-DD')}`}
            </Typography.Text>
          </Space>
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'month' | 'week')}
            options={[
              { value: 'month', label: t('console.month') },
              { value: 'week', label: t('console.week') },
            ]}
          />
        </Flex>
        {view === 'month' ? (
          <Calendar
            value={cursor}
            headerRender={() => null}
            onSelect={(d, info) => {
              if (info.source === 'date') {
                setCursor(d);
              }
            }}
            cellRender={(d, info) =>
              info.type === 'date' ? (
                <div className="lx-cal-cell">{(byDay.get(d.format('YYYY-MM-DD')) ?? []).map(chip)}</div>
              ) : null
            }
          />
        ) : (
          <div className="lx-week">
            {Array.from({ length: 7 }, (_, i) => from.add(i, 'day')).map((d: Dayjs) => (
              <div key={d.format('YYYY-MM-DD')} className="lx-week-day">
                <div className={`lx-week-head${d.isSame(dayjs(), 'day') ? ' lx-today' : ''}`}>
                  {d.format('ddd M/D')}
                </div>
                {(byDay.get(d.format('YYYY-MM-DD')) ?? []).map((a) => (
                  <div key={a.id} className="lx-week-item">
                    {chip(a)}
                    <div className="lx-week-meta">
                      <Tag color={STATE_COLOR[a.state]}>{t(`states.${a.state}`)}</Tag>
                      {a.confirmedCount}/{a.capacity}
                    </div>
                  </div>
                ))}
              </div>
            ))}
          </div>
        )}
      </Panel>
      {open && (
        <ActivityDrawer
          id={open}
          onClose={() => setOpen(null)}
          onEdit={(a) => {
            setOpen(null);
            setEditing(a);
          }}
        />
      )}
      {editing && (
        <ActivityModal
          activity={editing === 'new' ? null : editing}
          placeId={me.placeId ?? undefined}
          day={cursor}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void client.invalidateQueries({ queryKey: activityKeys.all });
          }}
        />
      )}
    </PageFrame>
  );
}
