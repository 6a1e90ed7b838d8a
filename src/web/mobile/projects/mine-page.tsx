import { useQuery } from '@tanstack/react-query';
import { ProgressBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listProjects, projectKeys } from '../../modules/projects/api';
import { Page } from '../ui/page';
import { EmptyState, QueryState } from '../ui/states';
import { ProgressFigures, ProjectStatusText } from './status';
import './projects.css';

/** 我领办的项目: the projects the caller may report on (their unit leads them), most behind first. */
export function MyProjectsPage() {
  const { t } = useTranslation('projects');
  const query = useQuery({
    queryKey: [...projectKeys.lists(), 'mine'],
    queryFn: async () => {
      const page = await listProjects({ limit: 100 });
      return page.items
        .filter((p) => p.allowedActions.includes('report'))
        .sort((a, b) => b.plannedProgress - b.actualProgress - (a.plannedProgress - a.actualProgress));
    },
  });
  return (
    <Page title={t('phone.mine')} back="/m">
      <QueryState
        query={query}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState title={t('phone.mineEmpty')} />}
      >
        {(items) =>
          items.map((p) => (
            <Link key={p.id} to={`/m/projects/${p.id}/report`} className="lx-section lx-project-card">
              <h3 className="lx-title">{p.name}</h3>
              <div className="lx-muted">
                {p.placeName} · {t('lastReport')} {p.lastReportedOn ?? t('noReport')}
              </div>
              <ProgressFigures planned={p.plannedProgress} actual={p.actualProgress} />
              <ProgressBar percent={p.actualProgress} aria-label={t('actual')} />
              <div style={{ marginTop: 6 }}>
                <ProjectStatusText status={p.status} />
              </div>
            </Link>
          ))
        }
      </QueryState>
    </Page>
  );
}
