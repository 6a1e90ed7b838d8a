import { TabBar } from 'antd-mobile';
import { type CSSProperties, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../../modules/auth/session';
import { useElderly } from '../elderly';
import { LoadingState } from '../ui/states';
import { tabsFor } from './tabs';

/** The signed-in frame: the page, and the bottom tab bar on the four top-level pages only. */
export function TabLayout() {
  const { t } = useTranslation('mobile');
  const me = useMe();
  const elderly = useElderly();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs = me.data ? tabsFor(me.data) : [];
  const path = pathname.replace(/\/+$/, '') || '/m';
  const active = tabs.find((tab) => tab.path === path);
  const style = { '--lx-tabbar-h': active ? (elderly ? '68px' : '50px') : '0px' } as CSSProperties;
  return (
    <div className="lx-shell" style={style}>
      <div className="lx-shell-body">
        <ScreenOutlet />
      </div>
      {active ? (
        <nav className="lx-tabbar" aria-label={t('tabs.label')}>
          <TabBar activeKey={active.path} onChange={(key) => void navigate(key)} safeArea={false}>
            {tabs.map(({ path: key, titleKey, Icon }) => (
              <TabBar.Item key={key} icon={<Icon />} title={t(titleKey)} data-testid={`tab-${titleKey}`} />
            ))}
          </TabBar>
        </nav>
      ) : null}
    </div>
  );
}

/** The pages before sign-in: the same frame without the tab bar. */
export function PublicLayout() {
  return (
    <div className="lx-shell">
      <div className="lx-shell-body">
        <ScreenOutlet />
      </div>
    </div>
  );
}

/** A screen waits here, inside the frame, for its code or its domain's words to arrive. */
function ScreenOutlet() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Outlet />
    </Suspense>
  );
}
