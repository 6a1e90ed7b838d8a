import { SmileOutlined } from '@ant-design/icons';
import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Place } from '../../../shared/places';
import { ApiError } from '../../api/client';
import { useMe } from '../../modules/auth/session';
import { usePlace } from '../../modules/places/api';
import { useMoveTicket } from '../../modules/tickets/api';
import { ownWallArea, type PublicWish, useWishThanks, useWishWall } from '../../modules/tickets/wish-wall';
import { formatTime } from '../../ui/time';
import { PlacePicker } from '../places/place-picker';
import { Page } from '../ui/page';
import { EmptyState, FormError, useErrorText } from '../ui/states';
import { claimBody } from './promise';
import { PagedList } from './ticket-list';
import { WishCard } from './wish-card';

/** The wall can be narrowed to a district, a street or a community (it names nothing finer). */
const AREA_LEVELS: readonly Place['level'][] = ['district', 'street', 'community'];

/**
 * 心愿墙: wishes their residents agreed to show, waiting for someone to take them on (党员来接单). It opens on the
 * viewer's own area — the community of a resident's home or of a volunteer's or grid worker's node — and can be
 * turned to another area or the whole wall (the choice stays in the address: `?area=<id>` or `?area=all`);
 * someone not signed in sees all of it. A volunteer claims a wish here; when another was faster the server
 * answers 409 and the card says so kindly.
 */
export function WishWallPage() {
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const me = useMe().data ?? null;
  const [params, setParams] = useSearchParams();
  const home = usePlace(me?.placeId);
  const own = ownWallArea(home.data);
  const asked = params.get('area');
  const areaId = asked === 'all' ? null : (asked ?? own?.id ?? null);
  // Until the viewer's own area is known, wait for it rather than flash the whole wall first.
  const settling = asked === null && Boolean(me?.placeId) && home.isPending;
  const query = useWishWall(areaId, !settling);
  const show = (area: string | null) => setParams({ area: area ?? 'all' }, { replace: true });
  const canSubmit = me?.permissions.includes('ticket.create') ?? false;
  const footer = canSubmit ? (
    <Button block color="primary" size="large" onClick={() => void navigate('/m/tickets/wishes/new')}>
      {t('phone.wishes.make')}
    </Button>
  ) : me === null ? (
    <Button
      block
      color="primary"
      size="large"
      onClick={() => void navigate(`/m/login?next=${encodeURIComponent('/m/tickets/wishes/new')}`)}
    >
      {t('phone.wishes.signInToMake')}
    </Button>
  ) : undefined;
  return (
    <Page title={t('phone.wishes.title')} footer={footer}>
      <p className="lx-section">{t('phone.wishes.intro')}</p>
      <section className="lx-section lx-area" aria-label={t('phone.wishes.area')}>
        <div className="lx-muted">{t('phone.wishes.area')}</div>
        <PlacePicker
          value={areaId}
          onChange={show}
          rootId={null}
          isSelectable={(level) => AREA_LEVELS.includes(level)}
          placeholder={t('phone.wishes.everywhere')}
          testId="wish-area"
        />
        {areaId ? (
          <Button fill="outline" onClick={() => show(null)} data-testid="wish-area-all">
            {t('phone.wishes.showAll')}
          </Button>
        ) : own ? (
          <Button fill="outline" onClick={() => show(own.id)} data-testid="wish-area-own">
            {t('phone.wishes.showOwn', { place: own.name })}
          </Button>
        ) : null}
      </section>
      <ThanksSection areaId={areaId} enabled={!settling} />
      <PagedList<PublicWish>
        query={query}
        empty={
          <EmptyState
            title={areaId ? t('phone.wishes.emptyHere') : t('phone.wishes.empty')}
            description={t('phone.wishes.emptyHint')}
            action={
              areaId ? (
                <Button color="primary" fill="outline" onClick={() => show(null)}>
                  {t('phone.wishes.showAll')}
                </Button>
              ) : undefined
            }
          />
        }
        renderItem={(wish) => <WallWish key={wish.id} wish={wish} />}
      />
    </Page>
  );
}

function WallWish({ wish }: { wish: PublicWish }) {
  const { t } = useTranslation('tickets');
  const move = useMoveTicket();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const claim = async () => {
    const body = await claimBody('wish', t);
    if (!body) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await move(wish.id, body);
      void navigate(`/m/tickets/${wish.id}`, { state: { notice: 'claimed' } });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? t('phone.detail.conflict.claim') : errorText(e));
      setBusy(false);
    }
  };
  return (
    <WishCard card={wish} state={wish.state} time={formatTime(wish.createdAt)}>
      <FormError text={error} />
      {wish.allowedActions.includes('claim') && !error ? (
        <Button
          block
          color="primary"
          fill="outline"
          size="large"
          style={{ marginTop: 10 }}
          loading={busy}
          onClick={() => void claim()}
        >
          {t('phone.detail.claim')}
        </Button>
      ) : null}
    </WishCard>
  );
}

/** 圆梦墙: the newest thanks residents chose to show for wishes that came true; nothing when there are none yet. */
function ThanksSection({ areaId, enabled }: { areaId: string | null; enabled: boolean }) {
  const { t } = useTranslation('tickets');
  const thanks = useWishThanks(areaId, enabled).data?.pages[0]?.items ?? [];
  if (thanks.length === 0) {
    return null;
  }
  return (
    <section className="lx-section lx-thanks" aria-label={t('phone.thanks.title')} data-testid="wish-thanks">
      <h2 className="lx-card-title">
        <SmileOutlined aria-hidden /> {t('phone.thanks.title')}
      </h2>
      <p className="lx-muted">{t('phone.thanks.intro')}</p>
      {thanks.map((item) => (
        <blockquote key={item.ticketId} className="lx-thanks-item">
          <p>“{item.thanks}”</p>
          <footer className="lx-muted">
            {item.title} · {item.placeName}
            {item.claimantNames.length > 0
              ? ` · ${t('phone.thanks.by', { names: item.claimantNames.join('、') })}`
              : ''}
          </footer>
        </blockquote>
      ))}
    </section>
  );
}
