import {
  BranchesOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  HeartOutlined,
  LikeOutlined,
  MessageOutlined,
  StarOutlined,
  StopOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/tickets';

type Tone = 'waiting' | 'working' | 'done' | 'action' | 'ended';
type Status = { key: ParseKeys<['common', 'mobile', 'tickets']>; tone: Tone; Icon: ComponentType };

/**
 * How a resident reads a state (DESIGN.md: words and an icon, never colour alone): the office's many working
 * states are all 办理中 to them, and a resolved ticket they may rate is 待评价.
 */
export function statusOf(ticket: Pick<Ticket, 'state' | 'outcome' | 'allowedActions'>): Status {
  switch (ticket.state) {
    case 'submitted':
      return { key: 'tickets:phone.status.submitted', tone: 'waiting', Icon: ClockCircleOutlined };
    case 'accepted':
      return { key: 'tickets:phone.status.accepted', tone: 'working', Icon: CheckCircleOutlined };
    case 'pooled':
      return { key: 'tickets:phone.status.pooled', tone: 'waiting', Icon: HeartOutlined };
    case 'claimed':
      return { key: 'tickets:phone.status.claimed', tone: 'working', Icon: HeartOutlined };
    case 'dispatched':
    case 'received':
    case 'in_progress':
    case 'escalated':
      return { key: 'tickets:phone.status.working', tone: 'working', Icon: SyncOutlined };
    case 'resolved':
      return ticket.allowedActions.includes('rate')
        ? { key: 'tickets:phone.status.toRate', tone: 'action', Icon: StarOutlined }
        : { key: 'tickets:phone.status.resolved', tone: 'done', Icon: CheckCircleOutlined };
    case 'rated':
      return { key: 'tickets:phone.status.rated', tone: 'done', Icon: LikeOutlined };
    case 'closed':
      if (ticket.outcome === 'resolved' || ticket.outcome === null) {
        return { key: 'tickets:phone.status.closed', tone: 'done', Icon: CheckCircleOutlined };
      }
      // Explained or passed on is an answer, not a refusal: only withdrawn/duplicate/rejected look stopped.
      return {
        key: `tickets:outcomes.${ticket.outcome}`,
        tone: 'ended',
        Icon: ['explained', 'transferred'].includes(ticket.outcome) ? MessageOutlined : StopOutlined,
      };
    case 'rejected':
      return { key: 'tickets:states.rejected', tone: 'ended', Icon: StopOutlined };
    case 'merged':
      return { key: 'tickets:states.merged', tone: 'ended', Icon: BranchesOutlined };
    default: {
      const never: never = ticket.state;
      throw new Error(String(never));
    }
  }
}

export function StatusLabel({ ticket }: { ticket: Pick<Ticket, 'state' | 'outcome' | 'allowedActions'> }) {
  const { t } = useTranslation(['common', 'mobile', 'tickets']);
  const { key, tone, Icon } = statusOf(ticket);
  return (
    <span className="lx-status" data-tone={tone} data-testid="ticket-status" data-state={ticket.state}>
      <Icon aria-hidden />
      {t(key)}
    </span>
  );
}
