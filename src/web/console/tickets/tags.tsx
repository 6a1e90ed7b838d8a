import {
  CheckCircleOutlined,
  CheckOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  FireOutlined,
  InboxOutlined,
  LockOutlined,
  MergeCellsOutlined,
  RiseOutlined,
  SendOutlined,
  SolutionOutlined,
  StarOutlined,
  StopOutlined,
  SyncOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineStatus, TicketState, Urgency } from '../../../shared/tickets';
import { formatTime } from '../../ui/time';

// Status is told with words and an icon, never colour alone (DESIGN.md).
const STATE_LOOK: Record<TicketState, { color: string; icon: ReactNode }> = {
  submitted: { color: 'blue', icon: <InboxOutlined /> },
  accepted: { color: 'cyan', icon: <CheckOutlined /> },
  rejected: { color: 'default', icon: <StopOutlined /> },
  merged: { color: 'default', icon: <MergeCellsOutlined /> },
  dispatched: { color: 'geekblue', icon: <SendOutlined /> },
  pooled: { color: 'purple', icon: <TeamOutlined /> },
  received: { color: 'geekblue', icon: <SolutionOutlined /> },
  claimed: { color: 'purple', icon: <SolutionOutlined /> },
  in_progress: { color: 'processing', icon: <SyncOutlined /> },
  escalated: { color: 'volcano', icon: <RiseOutlined /> },
  resolved: { color: 'success', icon: <CheckCircleOutlined /> },
  rated: { color: 'success', icon: <StarOutlined /> },
  closed: { color: 'default', icon: <LockOutlined /> },
};

export function StateTag({ state }: { state: TicketState }) {
  const { t } = useTranslation('tickets');
  const look = STATE_LOOK[state];
  return (
    <Tag color={look.color} icon={look.icon} variant="outlined">
      {t(`states.${state}`)}
    </Tag>
  );
}

const DEADLINE_LOOK: Record<DeadlineStatus, { color: string; icon: ReactNode }> = {
  green: { color: 'default', icon: <ClockCircleOutlined /> },
  yellow: { color: 'warning', icon: <WarningOutlined /> },
  red: { color: 'error', icon: <ExclamationCircleOutlined /> },
};

/** The handling deadline: its date, and a yellow (≥ 80 % used) or red (past it) tag. */
export function Deadline({ status, due }: { status: DeadlineStatus; due: string }) {
  const { t } = useTranslation('tickets');
  const look = DEADLINE_LOOK[status];
  return (
    <Space size={4} wrap={false}>
      <Typography.Text style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {formatTime(due, 'short')}
      </Typography.Text>
      {status === 'green' ? null : (
        <Tag color={look.color} icon={look.icon} style={{ marginInlineEnd: 0 }}>
          {t(`deadlineStatuses.${status}`)}
        </Tag>
      )}
    </Space>
  );
}

export function DeadlineTag({ status }: { status: DeadlineStatus }) {
  const { t } = useTranslation('tickets');
  const look = DEADLINE_LOOK[status];
  return (
    <Tag color={status === 'green' ? 'success' : look.color} icon={look.icon}>
      {t(`deadlineStatuses.${status}`)}
    </Tag>
  );
}

export function UrgencyText({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation('tickets');
  if (urgency === 'normal') {
    return <Typography.Text type="secondary">{t('urgency.normal')}</Typography.Text>;
  }
  return (
    <Typography.Text type="danger" style={{ whiteSpace: 'nowrap' }}>
      {urgency === 'emergency' ? <FireOutlined /> : <ThunderboltOutlined />} {t(`urgency.${urgency}`)}
    </Typography.Text>
  );
}
