import { EnvironmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Badge, Button, Flex, Grid, Layout, Menu, type MenuProps, Spin, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSignOut } from '../../modules/auth/session';
import { useQueueCounts } from '../../modules/tickets/api';
import { useSignedIn } from './gates';
import { InboxBell } from './inbox-bell';
import { LanguageSwitch } from './language-switch';
import { visibleNav } from './nav';
import './console.css';

/** The layout office users know: the menu by module on the left, the account bar on top, the page. */
export function ConsoleLayout() {
  const { t } = useTranslation('console');
  const me = useSignedIn();
  const location = useLocation();
  const navigate = useNavigate();
  const nav = useMemo(() => visibleNav(me), [me]);
  const counts = useQueueCounts(me.permissions.includes('ticket.read')).data?.queues;

  const items: MenuProps['items'] = nav.map((entry) =>
    'children' in entry
      ? {
          key: entry.key,
          icon: entry.icon,
          label: t(entry.label),
          children: entry.children.map((c) => ({
            key: c.to,
            label: c.queue ? <QueueLabel text={t(c.label)} count={counts?.[c.queue]} /> : t(c.label),
          })),
        }
      : { key: entry.to, icon: entry.icon, label: t(entry.label) },
  );
  const here = location.pathname + location.search;
  const selected = nav
    .flatMap((e) => ('children' in e ? e.children.map((c) => c.to) : [e.to]))
    .filter((to) => here === to || (!to.includes('?') && here.startsWith(to)))
    .sort((a, b) => b.length - a.length)[0];
  const openGroups = nav.filter((e) => 'children' in e).map((e) => ('key' in e ? e.key : ''));
  // Below lg the menu folds to its icons, and the brand to its mark.
  const [folded, setFolded] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} breakpoint="lg" collapsedWidth={64} onBreakpoint={setFolded}>
        <Flex align="center" gap={8} style={{ height: 56, padding: '0 20px', color: '#fff' }}>
          <span
            aria-hidden
            style={{
              width: 28,
              height: 28,
              borderRadius: 6,
              background: '#C8102E',
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontWeight: 700,
              flex: 'none',
            }}
          >
            {t('brandMark')}
          </span>
          {folded ? null : (
            <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>
              {t('brand')}
            </Typography.Text>
          )}
        </Flex>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={openGroups}
          onClick={({ key }) => navigate(key)}
          aria-label={t('nav.label')}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          className="lx-console-header"
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <AccountBar />
        </Layout.Header>
        <Layout.Content className="lx-console-content">
          {/* A screen waits here, inside the frame, for its code or its domain's words to arrive. */}
          <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** A queue in the menu with how many tickets wait in it (none shown when it is empty). */
function QueueLabel({ text, count }: { text: string; count: number | undefined }) {
  return (
    <Flex justify="space-between" align="center" gap={8}>
      <span>{text}</span>
      {count ? <Badge count={count} overflowCount={999} color="#8c1c24" size="small" /> : null}
    </Flex>
  );
}

function AccountBar() {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const navigate = useNavigate();
  const signOut = useSignOut();
  // On a narrow screen the bar keeps what is pressed (messages, language, account, sign out) and drops the
  // words that only describe.
  const wide = Grid.useBreakpoint().md !== false;
  return (
    <>
      {wide ? (
        <Typography.Text type="secondary" data-testid="header-place">
          <EnvironmentOutlined style={{ marginRight: 4 }} />
          {me.placeName ?? t('wholeTree')}
        </Typography.Text>
      ) : null}
      <InboxBell />
      <LanguageSwitch />
      <Button type="text" onClick={() => navigate('/console/profile')} data-testid="account-name">
        <Avatar size="small" style={{ background: '#C8102E' }} icon={<UserOutlined />} />
        {me.displayName}
        {wide ? (
          <Typography.Text type="secondary">
            {me.roles.map((r) => tc(`roles.${r}`)).join('、')}
          </Typography.Text>
        ) : null}
      </Button>
      <Button
        icon={<LogoutOutlined />}
        aria-label={tc('actions.signOut')}
        onClick={async () => {
          await signOut();
          void navigate('/console/login', { replace: true });
        }}
      >
        {wide ? tc('actions.signOut') : null}
      </Button>
    </>
  );
}
