import { EnvironmentOutlined } from '@ant-design/icons';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Ticket } from '../../../shared/tickets';
import { formatTime } from '../../ui/time';
import { ErrorState, LoadingState } from '../ui/states';
import { StatusLabel } from './status';

/** One ticket in a list: its state in words, what it is about, where and when. */
export function TicketCard({ ticket, footer }: { ticket: Ticket; footer?: ReactNode }) {
  const { t } = useTranslation('tickets');
  return (
    <article className="lx-section lx-ticket-card" data-testid="ticket-card">
      <Link to={`/m/tickets/${ticket.id}`} className="lx-card-link">
        <div className="lx-row">
          <StatusLabel ticket={ticket} />
          <span className="lx-muted">{t(`kinds.${ticket.kind}`)}</span>
        </div>
        <h3 className="lx-card-title">{ticket.title}</h3>
        <div className="lx-muted">
          <EnvironmentOutlined aria-hidden /> {ticket.placeName} · {formatTime(ticket.createdAt)}
        </div>
      </Link>
      {footer}
    </article>
  );
}

/** Pages of anything a list shows: tickets, or the wishes on the wall. */
type PagedQuery<T> = UseInfiniteQueryResult<InfiniteData<{ items: T[] }, unknown>>;

/** A paged list of tickets (each a TicketCard unless told otherwise). */
export function TicketList({
  query,
  empty,
  renderItem = (ticket) => <TicketCard key={ticket.id} ticket={ticket} />,
}: {
  query: PagedQuery<Ticket>;
  empty: ReactNode;
  renderItem?: (ticket: Ticket) => ReactNode;
}) {
  return <PagedList query={query} empty={empty} renderItem={renderItem} />;
}

/** A paged list with its loading, error and empty states, and a "more" button instead of endless scroll. */
export function PagedList<T>({
  query,
  empty,
  renderItem,
}: {
  query: PagedQuery<T>;
  empty: ReactNode;
  renderItem: (item: T) => ReactNode;
}) {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  if (query.isPending) {
    return <LoadingState rows={3} />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return <>{empty}</>;
  }
  return (
    <div data-testid="ticket-list">
      {items.map(renderItem)}
      {query.hasNextPage ? (
        <div className="lx-section" style={{ background: 'transparent', padding: 0 }}>
          <Button block loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {t('tickets:phone.tickets.more')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
