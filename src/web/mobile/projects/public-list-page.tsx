import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, List, ProgressBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicProject } from '../../../shared/projects';
import { listPublicProjects, projectKeys } from '../../modules/projects/api';
import { ElderlySwitchItem } from '../me/preference-list';
import { Page } from '../ui/page';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { ProgressFigures, ProjectStatusText } from './status';
import './projects.css';

/** 民生实事展播: every published project with its planned and actual progress; no sign-in. */
export function PublicProjectsPage() {
  const { t } = useTranslation('projects');
  const query = useInfiniteQuery({
    queryKey: projectKeys.publicList(null),
    queryFn: ({ pageParam }) =>
      listPublicProjects({ limit: 20, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Page title={t('phone.publicTitle')}>
      <p className="lx-section">{t('phone.publicIntro')}</p>
      <List className="lx-section" style={{ padding: 0 }}>
        <ElderlySwitchItem />
      </List>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('phone.publicEmpty')} />
      ) : (
        items.map((p) => <ProjectCard key={p.id} project={p} />)
      )}
      {query.hasNextPage ? (
        <div className="lx-section">
          <Button block loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {t('all')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}

function ProjectCard({ project: p }: { project: PublicProject }) {
  const { t } = useTranslation('projects');
  return (
    <Link to={`/m/projects/${p.id}`} className="lx-section lx-project-card" data-testid="public-project">
      <h3 className="lx-title">{p.name}</h3>
      <div className="lx-muted">
        {p.placeName} · {t(`categories.${p.category}`)} · {p.leadUnitName}
      </div>
      <ProgressFigures planned={p.plannedProgress} actual={p.actualProgress} />
      <ProgressBar percent={p.actualProgress} aria-label={t('actual')} />
      <div style={{ marginTop: 6 }}>
        <ProjectStatusText status={p.status} />
      </div>
    </Link>
  );
}
