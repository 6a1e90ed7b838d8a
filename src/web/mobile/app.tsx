import { ConfigProvider, unstableSetRender } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { lazy, Suspense, useLayoutEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ActivitiesPage } from './activities/activities-page';
import { ScanPage } from './activities/scan-page';
import { RegisterPage } from './auth/register-page';
import { ResetPasswordPage } from './auth/reset-password-page';
import { SignInPage } from './auth/sign-in-page';
import { applyMobileClasses, removeMobileClasses, useElderly } from './elderly';
import { HomePage } from './home/home-page';
import { ChangePasswordPage } from './me/change-password-page';
import { HomePlacePage } from './me/home-place-page';
import { InboxPage } from './me/inbox-page';
import { MePage } from './me/me-page';
import { WechatPage } from './me/wechat-page';
import { SessionGate } from './shell/session-gate';
import { PublicLayout, TabLayout } from './shell/tab-layout';
import { LoadingState } from './ui/states';
import { ApplyPage } from './volunteers/apply-page';
import { VolunteerPage } from './volunteers/volunteer-page';
import './theme.css';

const MobileTicketRoutes = lazy(() => import('./tickets/routes'));
const MobileServiceRoutes = lazy(() => import('./services/routes'));
// The wish wall is public (BRIEF §7): anyone may read it without signing in, e.g. from a shared link.
const PublicWishWall = lazy(() =>
  import('./tickets/wish-wall-page').then((m) => ({ default: m.WishWallPage })),
);

// Published projects (展播) are public: anyone may read them from a shared link, in elderly mode too.
const SelectionResultsPage = lazy(() =>
  import('./selection/results-page').then((m) => ({ default: m.SelectionResultsPage })),
);
const BallotPage = lazy(() => import('./selection/ballot-page').then((m) => ({ default: m.BallotPage })));
const PublicProjectsPage = lazy(() =>
  import('./projects/public-list-page').then((m) => ({ default: m.PublicProjectsPage })),
);
const PublicProjectPage = lazy(() =>
  import('./projects/public-page').then((m) => ({ default: m.PublicProjectPage })),
);
const MyProjectsPage = lazy(() =>
  import('./projects/mine-page').then((m) => ({ default: m.MyProjectsPage })),
);
const ProjectReportPage = lazy(() =>
  import('./projects/report-page').then((m) => ({ default: m.ReportPage })),
);

// A certificate's QR code opens its check, for anyone, signed in or not.
const NearbyStationsPage = lazy(() =>
  import('./stations/nearby-page').then((m) => ({ default: m.NearbyStationsPage })),
);
const CampaignsPage = lazy(() =>
  import('./campaigns/campaigns-page').then((m) => ({ default: m.CampaignsPage })),
);
const CampaignPage = lazy(() =>
  import('./campaigns/campaign-page').then((m) => ({ default: m.CampaignPage })),
);
const VerifyPage = lazy(() => import('./certificates/verify-page').then((m) => ({ default: m.VerifyPage })));

// antd-mobile 5 renders its imperative layers (image preview) with React 18's API; React 19 needs a root.
unstableSetRender((node, container) => {
  const host = container as (Element | DocumentFragment) & { _lxRoot?: Root };
  host._lxRoot ??= createRoot(host);
  const root = host._lxRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    host._lxRoot = undefined;
  };
});

/** The resident and field pages at /m/*: sign-in and registration, then the tab frame. */
export default function MobileApp() {
  const { i18n } = useTranslation();
  const elderly = useElderly();
  useLayoutEffect(() => {
    applyMobileClasses(elderly);
  }, [elderly]);
  useLayoutEffect(() => removeMobileClasses, []);
  return (
    <ConfigProvider locale={i18n.language === 'en-US' ? enUS : zhCN}>
      <Routes>
        <Route element={<PublicLayout />}>
          <Route path="login" element={<SignInPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="reset-password" element={<ResetPasswordPage />} />
          <Route path="wishes" element={<PublicWishWall />} />
          <Route path="projects" element={<PublicProjectsPage />} />
          <Route path="projects/:id" element={<PublicProjectPage />} />
          <Route path="selection/results" element={<SelectionResultsPage />} />
          <Route path="verify/:number" element={<VerifyPage />} />
        </Route>
        <Route element={<SessionGate />}>
          <Route element={<TabLayout />}>
            <Route index element={<HomePage />} />
            <Route path="me" element={<MePage />} />
            <Route path="messages" element={<InboxPage />} />
            <Route path="me/password" element={<ChangePasswordPage />} />
            <Route path="me/home" element={<HomePlacePage />} />
            <Route path="me/wechat" element={<WechatPage />} />
            <Route path="activities" element={<ActivitiesPage />} />
            <Route path="stations" element={<NearbyStationsPage />} />
            <Route path="projects/mine" element={<MyProjectsPage />} />
            <Route path="projects/:id/report" element={<ProjectReportPage />} />
            <Route path="selection" element={<BallotPage />} />
            <Route path="campaigns" element={<CampaignsPage />} />
            <Route path="campaigns/:id" element={<CampaignPage />} />
            <Route path="scan/:token" element={<ScanPage />} />
            <Route path="volunteer" element={<VolunteerPage />} />
            <Route path="volunteer/apply" element={<ApplyPage />} />
            <Route
              path="tickets/*"
              element={
                <Suspense fallback={<LoadingState />}>
                  <MobileTicketRoutes />
                </Suspense>
              }
            />
            <Route
              path="services/*"
              element={
                <Suspense fallback={<LoadingState />}>
                  <MobileServiceRoutes />
                </Suspense>
              }
            />
            <Route path="*" element={<HomePage />} />
          </Route>
        </Route>
      </Routes>
    </ConfigProvider>
  );
}
