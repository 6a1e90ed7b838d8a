import {
  BellOutlined,
  EnvironmentOutlined,
  HeartOutlined,
  LockOutlined,
  UserOutlined,
  WechatOutlined,
} from '@ant-design/icons';
import { Badge, Button, List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe, useSignOut } from '../../modules/auth/session';
import { useUnreadCount } from '../../modules/notifications/inbox';
import { placePath, usePlace } from '../../modules/places/api';
import { Page, Section } from '../ui/page';
import { TelLink } from '../ui/tel-link';
import { NoticeChannels } from './notice-channels';
import { PreferenceList } from './preference-list';

/** 我的: who I am, where I live, password, WeChat, notice channels, 长辈版, language, sign-out. */
export function MePage() {
  const { t } = useTranslation(['mobile', 'common', 'tickets', 'volunteers']);
  const me = useMe().data;
  const place = usePlace(me?.placeId);
  const signOut = useSignOut();
  const navigate = useNavigate();
  const unread = useUnreadCount().data?.count ?? 0;
  if (!me) {
    return null;
  }
  const isResident = me.kind === 'resident';
  return (
    <Page title={t('tabs.me')}>
      <Section>
        <div className="lx-row" style={{ justifyContent: 'flex-start' }}>
          <UserOutlined aria-hidden style={{ fontSize: 32, color: 'var(--adm-color-primary)' }} />
          <div>
            <h2 className="lx-title" data-testid="me-name">
              {me.displayName}
            </h2>
            <div className="lx-muted">{me.roles.map((r) => t(`common:roles.${r}`)).join(' · ')}</div>
            {me.phone ? <div className="lx-muted">{me.phone}</div> : null}
          </div>
        </div>
      </Section>
      <List header={t('me.account')} mode="card">
        <List.Item
          prefix={<EnvironmentOutlined aria-hidden />}
          description={
            me.placeId ? (place.data ? placePath(place.data) : (me.placeName ?? '')) : t('me.noHome')
          }
          {...(isResident ? { onClick: () => void navigate('/m/me/home') } : {})}
          arrow={isResident}
        >
          {isResident ? t('me.home') : t('me.place')}
        </List.Item>
        <List.Item
          prefix={<BellOutlined aria-hidden />}
          extra={unread > 0 ? <Badge content={unread > 99 ? '99+' : unread} /> : null}
          onClick={() => void navigate('/m/messages')}
          data-testid="me-inbox"
        >
          {t('common:inbox.title')}
        </List.Item>
        {me.permissions.includes('volunteer.apply') ? (
          <List.Item
            prefix={<HeartOutlined aria-hidden />}
            onClick={() => void navigate('/m/volunteer')}
            data-testid="me-volunteer"
          >
            {me.roles.includes('volunteer') ? t('volunteers:phone.row') : t('volunteers:phone.rowApplied')}
          </List.Item>
        ) : null}
        <List.Item prefix={<LockOutlined aria-hidden />} onClick={() => void navigate('/m/me/password')}>
          {t('me.changePassword')}
        </List.Item>
        <List.Item
          prefix={<WechatOutlined aria-hidden />}
          extra={me.wechatBound ? t('wechat.statusBound') : t('wechat.statusUnbound')}
          onClick={() => void navigate('/m/me/wechat')}
          data-testid="me-wechat"
        >
          {t('wechat.row')}
        </List.Item>
      </List>
      <NoticeChannels />
      <PreferenceList />
      <Section title={t('me.help')}>
        <p className="lx-muted" style={{ margin: '0 0 4px' }}>
          {t('me.helpText')}
        </p>
        <TelLink phone="12345" label={t('me.hotline')} />
      </Section>
      <div className="lx-section" style={{ background: 'transparent', padding: 0 }}>
        <Button
          block
          size="large"
          onClick={() => void signOut().then(() => navigate('/m/login', { replace: true }))}
          data-testid="sign-out"
        >
          {t('common:actions.signOut')}
        </Button>
      </div>
    </Page>
  );
}
