import { useQuery } from '@tanstack/react-query';
import { Card, Tag } from 'antd-mobile';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { NearbyStation } from '../../../shared/stations';
import { useMe } from '../../modules/auth/session';
import { hoursOn, listNearbyStations, stationKeys } from '../../modules/stations/api';
import { Page } from '../ui/page';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import './stations.css';

/**
 * 身边阵地: the stations of my home's place chain (the town's 所, my community's 站, my compound's 点), each room
 * with today's opening hours, the contact masked. Large type in elderly mode comes from the theme.
 */
export function NearbyStationsPage() {
  const { t } = useTranslation(['stations']);
  const me = useMe().data;
  const query = useQuery({ queryKey: [...stationKeys.all, 'nearby'], queryFn: listNearbyStations });
  const body = () => {
    if (!me?.placeId) {
      return <EmptyState title={t('stations:noHome')} />;
    }
    if (query.isPending) {
      return <LoadingState />;
    }
    if (query.isError) {
      return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    }
    if (query.data.length === 0) {
      return <EmptyState title={t('stations:nearbyEmpty')} />;
    }
    return query.data.map((s) => <StationCard key={s.id} station={s} />);
  };
  return (
    <Page title={t('stations:nearbyTitle')} back="/m">
      <div className="lx-stations">{body()}</div>
    </Page>
  );
}

function StationCard({ station: s }: { station: NearbyStation }) {
  const { t } = useTranslation(['stations', 'common']);
  // ISO weekday of today on this phone (the installation's zone is Beijing; so are its residents).
  const weekday = dayjs().day() || 7;
  return (
    <Card className="lx-station-card" data-testid="station-card">
      <div className="lx-station-head">
        <Tag color="primary" fill="outline">
          {t(`stations:tiers.${s.tier as 1 | 2 | 3}`)}
        </Tag>
        <span className="lx-station-title">{s.name}</span>
      </div>
      <div className="lx-station-line">
        {t(`common:stationKinds.${s.kind}`)} · {s.placeName}
        {s.address ? ` · ${s.address}` : ''}
      </div>
      {s.contactName || s.phone ? (
        <div className="lx-station-line">
          {t('stations:contact')} {s.contactName ?? ''} {s.phone ?? ''}
        </div>
      ) : null}
      {s.rooms.length > 0 ? (
        <ul className="lx-station-rooms">
          {s.rooms.map((r) => {
            const today = hoursOn(r.hours, weekday);
            return (
              <li key={r.id}>
                <span>{r.name}</span>
                <span className={today ? 'lx-station-open' : 'lx-station-closed'}>
                  {today ? `${t('stations:hoursToday')} ${today}` : t('stations:closedToday')}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Card>
  );
}
