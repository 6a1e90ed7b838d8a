import { EnvironmentOutlined, HeartOutlined } from '@ant-design/icons';
import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Ticket } from '../../../shared/tickets';
import { ApiError } from '../../api/client';
import { useMe } from '../../modules/auth/session';
import { useMoveTicket, useTicketList } from '../../modules/tickets/api';
import { formatTime } from '../../ui/time';
import { Page } from '../ui/page';
import { EmptyState, FormError, useErrorText } from '../ui/states';
import { TicketList } from './ticket-list';

/**
 * 心愿墙: wishes their residents agreed to show, waiting for someone to take them on (党员来接单). A volunteer
 * claims one here; when another was faster the server answers 409 and the card says so kindly.
 */
export function WishWallPage() {
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const me = useMe().data;
  const query = useTicketList({ queue: 'wish_wall' });
  const canSubmit = me?.permissions.includes('ticket.create') ?? false;
  return (
    <Page
      title={t('phone.wishes.title')}
      footer={
        canSubmit ? (
          <Button
            block
            color="primary"
            size="large"
            onClick={() => void navigate('/m/tickets/new?kind=wish')}
          >
            {t('phone.wishes.make')}
          </Button>
        ) : undefined
      }
    >
      <p className="lx-section">{t('phone.wishes.intro')}</p>
      <TicketList
        query={query}
        empty={<EmptyState title={t('phone.wishes.empty')} description={t('phone.wishes.emptyHint')} />}
        renderItem={(wish) => <WishCard key={wish.id} wish={wish} />}
      />
    </Page>
  );
}

function WishCard({ wish }: { wish: Ticket }) {
  const { t } = useTranslation('tickets');
  const move = useMoveTicket();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const claim = async () => {
    setBusy(true);
    setError(null);
    try {
      await move(wish.id, { action: 'claim' });
      void navigate(`/m/tickets/${wish.id}`, { state: { notice: 'claimed' } });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? t('phone.detail.conflict.claim') : errorText(e));
      setBusy(false);
    }
  };
  return (
    <article className="lx-section" data-testid="wish-card">
      <h3 className="lx-card-title">
        <HeartOutlined aria-hidden style={{ color: 'var(--adm-color-primary)' }} /> {wish.title}
      </h3>
      <p style={{ margin: '4px 0' }}>{wish.description}</p>
      <div className="lx-muted">
        <EnvironmentOutlined aria-hidden /> {wish.placeName} · {formatTime(wish.createdAt)}
      </div>
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
    </article>
  );
}
