import { useQuery } from '@tanstack/react-query';
import { Button, ImageViewer, ProgressBar, Steps, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../../modules/auth/session';
import { followProject, getPublicProject, projectKeys } from '../../modules/projects/api';
import { Page, Section } from '../ui/page';
import { QueryState } from '../ui/states';
import { Deliberation } from './deliberation';
import { ProgressFigures, ProjectStatusText } from './status';
import './projects.css';

/** 关注: a signed-in reader is told of every report and status change; nobody signed in sees no button. */
function FollowButton({ id }: { id: string }) {
  const { t } = useTranslation('projects');
  const me = useMe().data;
  const [following, setFollowing] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!me) {
    return null;
  }
  const toggle = async () => {
    setBusy(true);
    try {
      await followProject(id, !following);
      setFollowing(!following);
      Toast.show({ content: following ? t('unfollow') : t('follow') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      block
      fill="outline"
      color="primary"
      loading={busy}
      onClick={() => void toggle()}
      style={{ marginTop: 10 }}
    >
      {following ? t('unfollow') : t('follow')}
    </Button>
  );
}

/** One published project for anyone: progress, milestones, what was done and dated site photos. */
export function PublicProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('projects');
  const query = useQuery({ queryKey: projectKeys.publicDetail(id), queryFn: () => getPublicProject(id) });
  return (
    <Page title={query.data?.name ?? t('phone.publicTitle')} back="/m/projects">
      <QueryState query={query}>
        {(p) => (
          <>
            <Section>
              <h2 className="lx-title">{p.name}</h2>
              <div className="lx-muted">
                {p.placeName} · {t(`categories.${p.category}`)} · {p.leadUnitName}
              </div>
              <div className="lx-muted">
                {p.startDate} ~ {p.endDate}
              </div>
              <ProgressFigures planned={p.plannedProgress} actual={p.actualProgress} />
              <ProgressBar percent={p.actualProgress} aria-label={t('actual')} />
              <div style={{ marginTop: 8 }}>
                <ProjectStatusText status={p.status} />
              </div>
              {p.target ? <p className="lx-note">{p.target}</p> : null}
              <FollowButton id={p.id} />
              {p.benefit ? <p className="lx-note">{p.benefit}</p> : null}
            </Section>
            <Section title={t('phone.milestonesTitle')}>
              <Steps direction="vertical">
                {p.milestones.map((m) => (
                  <Steps.Step
                    key={`${m.name}${m.plannedDate}`}
                    title={m.name}
                    status={m.doneOn ? 'finish' : 'wait'}
                    description={`${t('plannedDate')} ${m.plannedDate} · ${m.doneOn ? `${t('doneOn')} ${m.doneOn}` : t('phone.notYet')}`}
                  />
                ))}
              </Steps>
            </Section>
            {p.photos.length > 0 ? (
              <Section title={t('phone.photosTitle')}>
                <div className="lx-project-photos">
                  {p.photos.map((photo, i) => (
                    <figure key={photo.id}>
                      <button
                        type="button"
                        style={{ border: 0, padding: 0, background: 'none', width: '100%' }}
                        onClick={() =>
                          ImageViewer.Multi.show({ images: p.photos.map((x) => x.url), defaultIndex: i })
                        }
                      >
                        <img src={photo.url} alt={`${p.name} ${photo.takenOn}`} loading="lazy" />
                      </button>
                      <figcaption className="lx-muted">{photo.takenOn}</figcaption>
                    </figure>
                  ))}
                </div>
              </Section>
            ) : null}
            <Deliberation projectId={p.id} />
            <Section title={t('phone.timeline')}>
              <Steps direction="vertical">
                {[...p.reports].reverse().map((r) => (
                  <Steps.Step
                    key={`${r.reportedOn}${r.progress}${r.note}`}
                    title={`${r.reportedOn} · ${r.progress}%`}
                    status="finish"
                    description={r.note}
                  />
                ))}
              </Steps>
            </Section>
          </>
        )}
      </QueryState>
    </Page>
  );
}
