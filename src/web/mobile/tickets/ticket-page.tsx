import { ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Button, NoticeBar, Space } from 'antd-mobile';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { IN_HAND, OPEN_STATES } from '../../../shared/ticket-workflow';
import { ApiError } from '../../api/client';
import { useMe } from '../../modules/auth/session';
import { placePath, usePlace } from '../../modules/places/api';
import { type TicketDetail, useMoveTicket, useRevealedPhone, useTicket } from '../../modules/tickets/api';
import { formatTime } from '../../ui/time';
import { Page, Section } from '../ui/page';
import { FormError, QueryState, useErrorText } from '../ui/states';
import { TelLink } from '../ui/tel-link';
import { useNotice } from '../ui/use-notice';
import { PhotoGrid } from './photo-grid';
import { claimBody } from './promise';
import { StatusLabel } from './status';
import { ProgressStrip, Timeline } from './timeline';

/** One request: where it stands, what it is, the timeline, and the one thing the caller may do next. */
export function TicketPage() {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  const { id } = useParams();
  const query = useTicket(id);
  const notice = useNotice();
  return (
    <QueryState query={query}>
      {(ticket) => (
        <Page title={t('tickets:phone.detail.title')} back="/m/tickets" footer={<NextStep ticket={ticket} />}>
          {notice ? (
            <NoticeBar
              content={t(`tickets:phone.detail.notices.${notice}`, { defaultValue: notice })}
              color={notice === 'photosFailed' ? 'alert' : 'info'}
              wrap
              aria-live="polite"
            />
          ) : null}
          <Section>
            <StatusLabel ticket={ticket} />
            <h2 className="lx-title" style={{ marginTop: 8 }} data-testid="ticket-title">
              {ticket.title}
            </h2>
            <div className="lx-muted">
              {t(`tickets:kinds.${ticket.kind}`)}
              {ticket.categoryName ? ` · ${ticket.categoryName}` : ''}
            </div>
            <div className="lx-muted">{t('tickets:phone.detail.number', { number: ticket.number })}</div>
            <div className="lx-muted">
              <EnvironmentOutlined aria-hidden /> <PlaceName id={ticket.placeId} name={ticket.placeName} />
              {ticket.address ? ` · ${ticket.address}` : ''}
            </div>
            {OPEN_STATES.includes(ticket.state) ? (
              <div className="lx-muted">
                <ClockCircleOutlined aria-hidden />{' '}
                {t('tickets:phone.detail.dueBy', { date: formatTime(ticket.handleDueAt) })}
              </div>
            ) : null}
            {ticket.unitName || ticket.claimantName ? (
              <div className="lx-muted">
                {t('tickets:phone.detail.handledBy', { name: ticket.claimantName ?? ticket.unitName })}
              </div>
            ) : null}
            {ticket.submitterPhone ? <SubmitterContact ticket={ticket} /> : null}
            <p className="lx-note">{ticket.description}</p>
            <PhotoGrid ticketId={ticket.id} />
          </Section>
          <Section title={t('tickets:phone.detail.progress')}>
            <ProgressStrip ticket={ticket} />
            <Timeline events={ticket.events} />
          </Section>
        </Page>
      )}
    </QueryState>
  );
}

/** "府东花园 / 第一网格 / 1栋" rather than a bare "1栋", once the place has loaded. */
function PlaceName({ id, name }: { id: string; name: string }) {
  const place = usePlace(id);
  return <>{place.data ? placePath(place.data, 3) : name}</>;
}

/** The caller's next move, from allowedActions: rate, claim, resolve on the spot, or withdraw. */
function NextStep({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  const { t: tickets } = useTranslation('tickets');
  const navigate = useNavigate();
  const me = useMe().data;
  const move = useMoveTicket();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const can = (action: string) => ticket.allowedActions.includes(action as never);
  const isField = me?.roles.includes('grid_worker') ?? false;
  const run = async (action: 'claim' | 'accept' | 'receive') => {
    const body = action === 'claim' ? await claimBody(ticket.kind, tickets) : { action };
    if (!body) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await move(ticket.id, body);
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409 && action !== 'receive'
          ? t(`tickets:phone.detail.conflict.${action}`)
          : errorText(e),
      );
    } finally {
      setBusy(false);
    }
  };
  const go = (path: string) => () => void navigate(`/m/tickets/${ticket.id}/${path}`);
  let primary: ReactNode = null;
  let secondary: ReactNode = null;
  if (can('rate')) {
    primary = (
      <Button block color="primary" size="large" onClick={go('rate')} data-testid="go-rate">
        {t('tickets:phone.detail.rate')}
      </Button>
    );
  } else if (can('claim')) {
    primary = (
      <Button block color="primary" size="large" loading={busy} onClick={() => void run('claim')}>
        {t('tickets:phone.detail.claim')}
      </Button>
    );
  } else if (can('receive')) {
    // 组织接单: the team takes the order dispatched to it; then its volunteers claim it.
    primary = (
      <Button block color="primary" size="large" loading={busy} onClick={() => void run('receive')}>
        {t('tickets:phone.detail.receive')}
      </Button>
    );
  } else if (can('resolve') && IN_HAND.includes(ticket.state)) {
    // It is in the caller's hands (a claimed wish, a received ticket): finish it, or say how it is going.
    primary = (
      <Button block color="primary" size="large" onClick={go('resolve')} data-testid="go-resolve">
        {t('tickets:phone.detail.finish')}
      </Button>
    );
    secondary = can('progress') ? (
      <Button block size="large" onClick={go('progress')} data-testid="go-progress">
        {t('tickets:phone.detail.recordProgress')}
      </Button>
    ) : null;
  } else if (isField && can('resolve')) {
    // 现场解决 (one move, also from 待受理); accepting only stays possible for what needs more work.
    primary = (
      <Button block color="primary" size="large" onClick={go('resolve')} data-testid="go-resolve">
        {t('tickets:phone.detail.resolveOnSpot')}
      </Button>
    );
    secondary = can('accept') ? (
      <Button block size="large" loading={busy} onClick={() => void run('accept')}>
        {t('tickets:phone.detail.acceptOnly')}
      </Button>
    ) : null;
  }
  if (can('close') && me?.kind === 'resident') {
    secondary = (
      <Button block size="large" fill="outline" onClick={go('withdraw')} data-testid="go-withdraw">
        {t('tickets:phone.detail.withdraw')}
      </Button>
    );
  }
  if (!primary && !secondary) {
    return null;
  }
  return (
    <Space direction="vertical" block>
      {error ? <FormError text={error} /> : null}
      {primary}
      {secondary}
    </Space>
  );
}

/**
 * Who asked and their phone, masked; those who handle the ticket reveal it with one tap (audited by the server)
 * and call from the link.
 */
function SubmitterContact({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation(['tickets']);
  const { phone, busy, reveal } = useRevealedPhone(ticket.id);
  return (
    <div>
      {t('tickets:phone.detail.submitter', { name: ticket.submitterName ?? '' })}{' '}
      <TelLink phone={phone ?? ticket.submitterPhone ?? ''} />
      {ticket.canCallBack && !phone ? (
        <Button
          size="small"
          fill="outline"
          loading={busy}
          style={{ marginLeft: 8 }}
          onClick={() => void reveal()}
        >
          {t('tickets:phone.detail.revealPhone')}
        </Button>
      ) : null}
    </div>
  );
}
