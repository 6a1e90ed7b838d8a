import {
  BulbOutlined,
  FileTextOutlined,
  GiftOutlined,
  HeartOutlined,
  QuestionCircleOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { List, NoticeBar } from 'antd-mobile';
import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../../shared/accounts';
import { useMe } from '../../modules/auth/session';
import { placePath, usePlace } from '../../modules/places/api';
import { useTicketList } from '../../modules/tickets/api';
import { useElderly } from '../elderly';
import { InboxBell } from '../me/inbox-page';
import { ElderlySwitchItem } from '../me/preference-list';
import { TicketCard } from '../tickets/ticket-list';
import { Section } from '../ui/page';
import { TelLink } from '../ui/tel-link';
import { useNotice } from '../ui/use-notice';

type Action = { to: string; labelKey: ParseKeys<'mobile'>; Icon: ComponentType };

/** What this person can do here, most common first. */
function actionsFor(me: Me): Action[] {
  if (me.roles.includes('grid_worker')) {
    return [
      { to: '/m/tickets/visit', labelKey: 'home.visit', Icon: SolutionOutlined },
      { to: '/m/tickets/todo', labelKey: 'home.todo', Icon: ScheduleOutlined },
      { to: '/m/tickets/todo?tab=mine', labelKey: 'home.recorded', Icon: FileTextOutlined },
    ];
  }
  const wishes: Action = { to: '/m/tickets/wishes', labelKey: 'home.wishWall', Icon: HeartOutlined };
  if (!me.permissions.includes('ticket.create')) {
    return [wishes, { to: '/m/tickets', labelKey: 'home.myTasks', Icon: FileTextOutlined }];
  }
  return [
    { to: '/m/tickets/new?kind=problem', labelKey: 'home.problem', Icon: WarningOutlined },
    { to: '/m/tickets/wishes/new', labelKey: 'home.wish', Icon: GiftOutlined },
    { to: '/m/tickets', labelKey: 'home.mine', Icon: FileTextOutlined },
    wishes,
    { to: '/m/tickets/new?kind=suggestion', labelKey: 'home.suggestion', Icon: BulbOutlined },
    { to: '/m/tickets/new?kind=consultation', labelKey: 'home.consultation', Icon: QuestionCircleOutlined },
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
  if (!me) {
    return null;
  }
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
        <List mode="card">
          <ElderlySwitchItem />
        </List>
        <Section title={t('home.whatCanIDo')}>
          <div className="lx-grid">
            {actions.map(({ to, labelKey, Icon }) => (
              <button type="button" key={to} className="lx-tile" onClick={() => void navigate(to)}>
                <Icon aria-hidden />
                <span>{t(labelKey)}</span>
              </button>
            ))}
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
