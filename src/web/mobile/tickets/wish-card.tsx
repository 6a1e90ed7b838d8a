import { EnvironmentOutlined, HeartOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketState } from '../../../shared/tickets';
import type { WishWallCard } from '../../modules/tickets/wish-wall';
import { StatusLabel } from './status';
import './tickets.css';

/**
 * A wish as the wall shows it (shared/wish-wall.ts decides what that is): on the wall itself, and as the
 * preview while a resident writes one — the same card, so the preview is what the neighbours will see.
 */
export function WishCard({
  card,
  state = 'pooled',
  time,
  testId = 'wish-card',
  children,
}: {
  card: WishWallCard;
  state?: TicketState;
  /** When it was written; a preview has none yet. */
  time?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('tickets');
  return (
    <article className="lx-section lx-wish-card" data-testid={testId}>
      <StatusLabel ticket={{ state, outcome: null, allowedActions: [] }} />
      <h3 className="lx-card-title">
        <HeartOutlined aria-hidden className="lx-wish-heart" />{' '}
        {card.title || <span className="lx-muted">{t('phone.wishes.untitled')}</span>}
      </h3>
      {card.description ? <p className="lx-wish-words">{card.description}</p> : null}
      <div className="lx-muted lx-wish-meta">
        <span>
          <EnvironmentOutlined aria-hidden /> {card.placeName || t('phone.wishes.somewhere')}
        </span>
        <span data-testid="wish-name">
          <UserOutlined aria-hidden /> {card.submitterName ?? t('phone.wishes.anonymous')}
        </span>
        {time ? <span>{time}</span> : null}
      </div>
      {children}
    </article>
  );
}
