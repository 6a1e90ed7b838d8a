import {
  BulbOutlined,
  CalendarOutlined,
  CustomerServiceOutlined,
  EnvironmentOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  FlagOutlined,
  GiftOutlined,
  HeartOutlined,
  QuestionCircleOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Badge, List, NoticeBar } from 'antd-mobile';
import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../../shared/accounts';
import type { QueueCounts } from '../../../shared/tickets';
import { useMe } from '../../modules/auth/session';
import { placePath, usePlace } from '../../modules/places/api';
import { useQueueCounts, useTicketList } from '../../modules/tickets/api';
import { useElderly } from '../elderly';
import { InboxBell } from '../me/inbox-page';
import { ElderlySwitchItem } from '../me/preference-list';
import { BallotNotice } from '../selection/ballot-notice';
import { TicketCard } from '../tickets/ticket-list';
import { Section } from '../ui/page';
import { TelLink } from '../ui/tel-link';
import { useNotice } from '../ui/use-notice';

type Action = {
  to: string;
  labelKey: ParseKeys<'mobile'>;
  Icon: ComponentType;
  /** The queue whose count the tile shows: what waits there for this person. */
  queue?: keyof QueueCounts['queues'];
};

/** What this person can do here, most common first. */
function actionsFor(me: Me): Action[] {
  if (me.roles.includes('grid_worker')) {
    return [
      { to: '/m/tickets/visit', labelKey: 'home.visit', Icon: SolutionOutlined },
      { to: '/m/tickets/todo', labelKey: 'home.todo', Icon: ScheduleOutlined, queue: 'to_accept' },
      { to: '/m/tickets/todo?tab=mine', labelKey: 'home.recorded', Icon: FileTextOutlined },
      ...(me.permissions.includes('campaign.tally')
        ? [{ to: '/m/campaigns', labelKey: 'home.campaigns', Icon: FlagOutlined } as const]
        : []),
    ];
  }
  const wishes: Action = { to: '/m/tickets/wishes', labelKey: 'home.wishWall', Icon: HeartOutlined };
  const activities: Action = { to: '/m/activities', labelKey: 'home.activities', Icon: CalendarOutlined };
  if (me.roles.includes('volunteer')) {
    return [
      { to: '/m/services/tasks', labelKey: 'home.volunteerTasks', Icon: ScheduleOutlined, queue: 'mine' },
      wishes,
      { to: '/m/services/hours', labelKey: 'home.myHours', Icon: FieldTimeOutlined },
      activities,
    ];
  }
  const projects: Action = { to: '/m/projects', labelKey: 'home.publicProjects', Icon: FlagOutlined };
  if (!me.permissions.includes('ticket.create')) {
    return [
      wishes,
      { to: '/m/tickets', labelKey: 'home.myTasks', Icon: FileTextOutlined },
      ...(me.permissions.includes('project.report')
        ? [{ to: '/m/projects/mine', labelKey: 'home.projects', Icon: FlagOutlined } as const]
        : []),
      activities,
    ];
  }
  return [
    { to: '/m/tickets/new?kind=problem', labelKey: 'home.problem', Icon: WarningOutlined },
    { to: '/m/tickets/wishes/new', labelKey: 'home.wish', Icon: GiftOutlined },
    { to: '/m/services', labelKey: 'home.service', Icon: CustomerServiceOutlined },
    { to: '/m/tickets', labelKey: 'home.mine', Icon: FileTextOutlined },
    wishes,
    { to: '/m/tickets/new?kind=suggestion', labelKey: 'home.suggestion', Icon: BulbOutlined },
    { to: '/m/tickets/new?kind=consultation', labelKey: 'home.consultation', Icon: QuestionCircleOutlined },
    activities,
    projects,
    ...(me.permissions.includes('station.nearby')
      ? [{ to: '/m/stations', labelKey: 'home.stations', Icon: EnvironmentOutlined } as const]
      : []),
  ];
}

/** 首页: a greeting, the 长辈版 switch, what I can do here, and where my latest request stands. */
export function HomePage() {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  const me = useMe().data;
  const elderly = useElderly();
  const navigate = useNavigate();
  const notice = useNotice();
  const place = usePlace(me?.placeId);
  const latest = useTicketList({ queue: 'mine' }, Boolean(me));
  // Staff on the phone (grid workers, volunteers) work from here: what waits and what is late.
  const counts = useQueueCounts(me?.kind === 'staff').data;
  if (!me) {
    return null;
  }
  const late = counts ? { overdue: counts.queues.overdue, dueSoon: counts.dueSoon } : undefined;
  // Elderly mode: fewer choices per screen, the four most used.
  const actions = actionsFor(me).slice(0, elderly ? 4 : undefined);
  const latestTicket = latest.data?.pages[0]?.items[0];
  return (
    <div className="lx-page">
      <header className="lx-brand">
        <InboxBell />
        <h1 data-testid="greeting">{t('home.hello', { name: me.displayName })}</h1>
        <p>{place.data ? placePath(place.data, 3) : t('common:appSlogan')}</p>
      </header>
      <main className="lx-page-body">
        {notice ? (
          <NoticeBar
            content={t(`home.notices.${notice}`, { defaultValue: notice })}
            color="info"
            wrap
            aria-live="polite"
          />
        ) : null}
        {late && late.overdue + late.dueSoon > 0 ? (
          <NoticeBar
            data-testid="due-notice"
            content={t('home.due', late)}
            color="alert"
            wrap
            onClick={() => void navigate(actions[1]?.to ?? '/m/tickets')}
          />
        ) : null}
        <BallotNotice canVote={me.permissions.includes('selection.vote')} />
        <List mode="card">
          <ElderlySwitchItem />
        </List>
        <Section title={t('home.whatCanIDo')}>
          <div className="lx-grid">
            {actions.map(({ to, labelKey, Icon, queue }) => {
              const waiting = queue && counts ? counts.queues[queue] : 0;
              return (
                <button type="button" key={to} className="lx-tile" onClick={() => void navigate(to)}>
                  <Icon aria-hidden />
                  <span>{t(labelKey)}</span>
                  {waiting > 0 ? (
                    <Badge
                      className="lx-tile-count"
                      content={waiting > 99 ? '99+' : waiting}
                      aria-label={t('home.waiting', { count: waiting })}
                    />
                  ) : null}
                </button>
              );
            })}
          </div>
        </Section>
        {latestTicket ? (
          <>
            <h2 className="lx-subhead">{t('home.latest')}</h2>
            <TicketCard ticket={latestTicket} />
          </>
        ) : null}
        <Section title={t('me.help')}>
          <p className="lx-muted" style={{ margin: '0 0 4px' }}>
            {t('me.helpText')}
          </p>
          <TelLink phone="12345" label={t('me.hotline')} />
        </Section>
      </main>
    </div>
  );
}
