import { Button, Tabs } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Ticket } from '../../../shared/tickets';
import { ApiError } from '../../api/client';
import { useMoveTicket, useTicketList } from '../../modules/tickets/api';
import { claimBody } from '../tickets/promise';
import { TicketCard, TicketList } from '../tickets/ticket-list';
import { Page } from '../ui/page';
import { EmptyState, FormError, useErrorText } from '../ui/states';

/**
 * 志愿: the volunteer's phone. 可领: the wishes on the wall of their area and their teams' orders that still
 * need volunteers (领单); 我的任务: what they claimed, to report progress and finish with the minutes spent.
 */
export function TasksPage() {
  const { t } = useTranslation('services');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'mine' ? 'mine' : 'open';
  const open = useTicketList({ queue: 'to_claim' }, tab === 'open');
  const mine = useTicketList({ queue: 'mine' }, tab === 'mine');
  return (
    <Page
      title={t('phone.tasks.title')}
      footer={
        <Button block size="large" onClick={() => void navigate('/m/services/hours')} data-testid="my-hours">
          {t('phone.tasks.myHours')}
        </Button>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        className="lx-tabs"
      >
        <Tabs.Tab title={t('phone.tasks.open')} key="open" />
        <Tabs.Tab title={t('phone.tasks.mine')} key="mine" />
      </Tabs>
      {tab === 'open' ? (
        <TicketList
          query={open}
          empty={
            <EmptyState title={t('phone.tasks.emptyOpen')} description={t('phone.tasks.emptyOpenHint')} />
          }
          renderItem={(ticket) => <Claimable key={ticket.id} ticket={ticket} />}
        />
      ) : (
        <TicketList
          query={mine}
          empty={
            <EmptyState title={t('phone.tasks.emptyMine')} description={t('phone.tasks.emptyMineHint')} />
          }
        />
      )}
    </Page>
  );
}

/** A card with its claim button; when the last place went to someone else meanwhile, it says so kindly. */
function Claimable({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('services');
  const { t: tickets } = useTranslation('tickets');
  const move = useMoveTicket();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const claim = async () => {
    const body = await claimBody(ticket.kind, tickets);
    if (!body) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await move(ticket.id, body);
      void navigate(`/m/tickets/${ticket.id}`, { state: { notice: 'claimed' } });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? t('phone.tasks.taken') : errorText(e));
      setBusy(false);
    }
  };
  const canClaim = ticket.allowedActions.includes('claim');
  return (
    <TicketCard
      ticket={ticket}
      footer={
        <>
          {ticket.kind === 'service' ? (
            <div className="lx-muted">
              {t('phone.tasks.places', { claimed: ticket.claimCount, needed: ticket.claimsNeeded })}
            </div>
          ) : null}
          <FormError text={error} />
          {canClaim ? (
            <Button block color="primary" loading={busy} onClick={() => void claim()} data-testid="claim">
              {t('phone.tasks.claim')}
            </Button>
          ) : ticket.allowedActions.includes('receive') ? (
            <Button block fill="outline" onClick={() => void navigate(`/m/tickets/${ticket.id}`)}>
              {t('phone.tasks.receive')}
            </Button>
          ) : null}
        </>
      }
    />
  );
}
