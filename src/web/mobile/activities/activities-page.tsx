import { Button, Card, Dialog, Space, Tabs, Tag, Toast } from 'antd-mobile';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type Activity,
  cancelSignup,
  signUp,
  useActivities,
  useActivityMutation,
  useMySignups,
} from '../../modules/activities/api';
import { Page } from '../ui/page';
import { EmptyState, ErrorState, LoadingState, useErrorText } from '../ui/states';
import './activities.css';
import { PastList } from './past-list';
import { timeRange } from './time-range';

/** 活动: activities near me to sign up for (from now on), my sign-ups, and those held lately. Large type in elderly mode. */
export function ActivitiesPage() {
  const { t } = useTranslation('activities');
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = asked === 'mine' || asked === 'past' ? asked : 'near';
  return (
    <Page title={t('title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'near' ? {} : { tab: key }, { replace: true })}
      >
        <Tabs.Tab title={t('near')} key="near">
          <NearList />
        </Tabs.Tab>
        <Tabs.Tab title={t('mine')} key="mine">
          <MineList />
        </Tabs.Tab>
        <Tabs.Tab title={t('past')} key="past">
          <PastList />
        </Tabs.Tab>
      </Tabs>
    </Page>
  );
}

function NearList() {
  const { t } = useTranslation('activities');
  const [from] = useState(() => dayjs().startOf('day').format('YYYY-MM-DDTHH:mm:ssZ'));
  const query = useActivities({ from, state: 'planned' });
  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data.length === 0) {
    return <EmptyState title={t('emptyNear')} />;
  }
  return (
    <div className="lx-activities">
      {query.data.map((a) => (
        <ActivityCard key={a.id} activity={a} />
      ))}
    </div>
  );
}

function ActivityCard({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation('activities');
  const errorText = useErrorText();
  const join = useActivityMutation(() => signUp(a.id));
  const leave = useActivityMutation((signupId: string) => cancelSignup(a.id, signupId));
  const full = a.confirmedCount >= a.capacity;
  const mine = a.mySignup;
  const onJoin = () =>
    join.mutate(undefined, {
      onSuccess: (s) => {
        Toast.show({ content: s.status === 'confirmed' ? t('signedUpToast') : t('waitlistedToast') });
      },
      onError: (e) => {
        Toast.show({ content: errorText(e) });
      },
    });
  const onLeave = async () => {
    if (mine && (await Dialog.confirm({ content: t('cancelConfirm') }))) {
      leave.mutate(mine.id, { onError: (e) => Toast.show({ content: errorText(e) }) });
    }
  };
  return (
    <Card className="lx-activity-card" data-testid="activity-card">
      <div className="lx-activity-head">
        <Tag color="primary" fill="outline">
          {t(`kinds.${a.kind}`)}
        </Tag>
        <span className="lx-activity-title">{a.title}</span>
      </div>
      <div className="lx-activity-line">{timeRange(a.startsAt, a.endsAt)}</div>
      <div className="lx-activity-line">
        {a.placeName}
        {a.room ? ` · ${a.room}` : ''}
      </div>
      <Space className="lx-activity-line" wrap>
        <span>{t('seats', { confirmed: a.confirmedCount, capacity: a.capacity })}</span>
        {a.waitlistCount > 0 && <span>{t('waiting', { count: a.waitlistCount })}</span>}
      </Space>
      <div className="lx-activity-actions">
        {mine ? (
          <>
            <Tag color={mine.status === 'confirmed' ? 'success' : 'warning'}>
              {mine.status === 'waitlisted'
                ? t('waitlisted', { position: mine.waitlistPosition ?? 0 })
                : t(`signupStatus.${mine.status}`)}
            </Tag>
            <Button size="small" onClick={() => void onLeave()} loading={leave.isPending}>
              {t('cancel')}
            </Button>
          </>
        ) : (
          <Button
            color="primary"
            size="middle"
            onClick={onJoin}
            loading={join.isPending}
            data-testid="sign-up"
          >
            {t('signUp')}
          </Button>
        )}
        {!mine && full && <span className="lx-activity-hint">{t('full')}</span>}
      </div>
    </Card>
  );
}

function MineList() {
  const { t } = useTranslation('activities');
  const query = useMySignups();
  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data.length === 0) {
    return <EmptyState title={t('emptyMine')} />;
  }
  return (
    <div className="lx-activities">
      {query.data.map((s) => (
        <Card key={s.id} className="lx-activity-card">
          <div className="lx-activity-head">
            <Tag color="primary" fill="outline">
              {t(`kinds.${s.activity.kind}`)}
            </Tag>
            <span className="lx-activity-title">{s.activity.title}</span>
          </div>
          <div className="lx-activity-line">{timeRange(s.activity.startsAt, s.activity.endsAt)}</div>
          <Space className="lx-activity-line" wrap>
            <Tag color={s.status === 'waitlisted' ? 'warning' : 'success'}>
              {s.status === 'waitlisted'
                ? t('waitlisted', { position: s.waitlistPosition ?? 0 })
                : t(`signupStatus.${s.status}`)}
            </Tag>
            {s.activity.state !== 'planned' && <Tag>{t(`states.${s.activity.state}`)}</Tag>}
            {s.minutes > 0 && (
              <span>
                {t('console.minutes')}: {s.minutes}
              </span>
            )}
          </Space>
        </Card>
      ))}
    </div>
  );
}
