import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import './i18n';
import { loadSiteSettings } from './modules/config/site';

const ConsoleApp = lazy(() => import('./console/app'));
const MobileApp = lazy(() => import('./mobile/app'));

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 10_000, refetchOnWindowFocus: false } },
});

/** Phones go to the resident pages, desks to the office console. */
function Landing() {
  const isPhone = window.matchMedia('(max-width: 768px)').matches;
  return <Navigate to={isPhone ? '/m' : '/console'} replace />;
}

const root = document.getElementById('root');
// The installation's time zone first: every time on every page is shown in it (ui/time.ts).
void loadSiteSettings().then(() => {
  if (!root) {
    return;
  }
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Suspense fallback={null}>
            <Routes>
              <Route path="/" element={<Landing />} />
              <Route path="/console/*" element={<ConsoleApp />} />
              <Route path="/m/*" element={<MobileApp />} />
              <Route path="*" element={<Landing />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
});
