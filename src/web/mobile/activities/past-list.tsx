import { ImageViewer } from 'antd-mobile';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, useActivities, useActivityPhotos } from '../../modules/activities/api';
import { EmptyState, QueryState } from '../ui/states';
import { timeRange } from './time-range';

// How far back the phone looks: a season of activities is what a resident scrolls through.
const PAST_DAYS = 90;

/** 往期回顾: activities held near me lately, newest first, with the people served, the summary and the photos. */
export function PastList() {
  const { t } = useTranslation('activities');
  const [range] = useState(() => ({
    from: dayjs().subtract(PAST_DAYS, 'day').startOf('day').format('YYYY-MM-DDTHH:mm:ssZ'),
    to: dayjs().format('YYYY-MM-DDTHH:mm:ssZ'),
  }));
  const query = useActivities({ ...range, state: 'done' });
  return (
    <QueryState query={query} isEmpty={(d) => d.length === 0} empty={<EmptyState title={t('emptyPast')} />}>
      {(items) => (
        <div className="lx-activities">
          {[...items].reverse().map((a) => (
            <PastCard key={a.id} activity={a} />
          ))}
        </div>
      )}
    </QueryState>
  );
}

function PastCard({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation('activities');
  return (
    <article className="lx-activity-card lx-activity-past" data-testid="past-activity">
      <div className="lx-activity-head">
        <span className="lx-activity-title">{a.title}</span>
      </div>
      <div className="lx-activity-line">
        {timeRange(a.startsAt, a.endsAt)} · {a.placeName}
      </div>
      {a.peopleServed !== null ? (
        <div className="lx-activity-line">{t('served', { count: a.peopleServed })}</div>
      ) : null}
      {a.summary ? <p className="lx-activity-summary">{a.summary}</p> : null}
      <Photos activityId={a.id} title={a.title} />
    </article>
  );
}

function Photos({ activityId, title }: { activityId: string; title: string }) {
  const { t } = useTranslation('activities');
  const photos = useActivityPhotos(activityId).data ?? [];
  if (photos.length === 0) {
    return null;
  }
  const urls = photos.map((p) => p.url);
  return (
    <div className="lx-activity-photos">
      {photos.map((p, i) => (
        <button
          key={p.id}
          type="button"
          aria-label={t('openPhoto', { n: i + 1, count: photos.length })}
          onClick={() => ImageViewer.Multi.show({ images: urls, defaultIndex: i })}
        >
          <img src={p.url} alt={t('photoOf', { title })} loading="lazy" />
        </button>
      ))}
    </div>
  );
}
