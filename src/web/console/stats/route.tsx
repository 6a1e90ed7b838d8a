import { Spin } from 'antd';
import { lazy, Suspense } from 'react';

// ECharts stays out of the console's main chunk: the page loads when it is opened.
const StatsPage = lazy(() => import('./stats-page').then((m) => ({ default: m.StatsPage })));

/** /console/stats, loaded on demand. */
export function StatsRoute() {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <StatsPage />
    </Suspense>
  );
}
