import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { SignInPage } from './auth/sign-in-page';
import { HomeRedirect, NotFoundPage, PermissionGate } from './shell/gates';
import { ConsoleLayout } from './shell/layout';
import { PAGES } from './shell/nav';
import { SessionGate } from './shell/session-gate';
import { THEME } from './shell/theme';

const TicketRoutes = lazy(() => import('./tickets/routes'));

/** The office console at /console/*: sign-in, then the menu layout with one route per page. */
export default function ConsoleApp() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en-US' ? enUS : zhCN} theme={THEME}>
      <AntApp>
        <Routes>
          <Route path="login" element={<SignInPage />} />
          <Route element={<SessionGate />}>
            <Route element={<ConsoleLayout />}>
              <Route index element={<HomeRedirect />} />
              {PAGES.map((page) => (
                <Route
                  key={page.path}
                  path={page.path}
                  element={<PermissionGate permission={page.permission}>{page.element}</PermissionGate>}
                />
              ))}
              <Route
                path="tickets/*"
                element={
                  <PermissionGate permission="ticket.read">
                    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
                      <TicketRoutes />
                    </Suspense>
                  </PermissionGate>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </AntApp>
    </ConfigProvider>
  );
}
