import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';

// The three pages load when opened: office work rarely needs them, and they bring their own namespace.
const FiguresPage = lazy(() => import('./figures-page').then((m) => ({ default: m.VolunteerFiguresPage })));
const PartyPage = lazy(() => import('./party-report-page').then((m) => ({ default: m.PartyReportPage })));
const HonourPage = lazy(() => import('./honour-roll-page').then((m) => ({ default: m.HonourRollPage })));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{children}</Suspense>;
}

/** /console/volunteer-figures */
export const FiguresRoute = () => (
  <Loading>
    <FiguresPage />
  </Loading>
);
/** /console/party-reports */
export const PartyReportRoute = () => (
  <Loading>
    <PartyPage />
  </Loading>
);
/** /console/honour-rolls */
export const HonourRollRoute = () => (
  <Loading>
    <HonourPage />
  </Loading>
);
