import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Flex, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { standingResult } from '../../../shared/ticket-workflow';
import type { TicketAction } from '../../../shared/tickets';
import { type TicketDetail, ticketKeys, useTicket } from '../../modules/tickets/api';
import { Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { formatTime } from '../../ui/time';
import { PromoteButton } from '../projects/promote-button';
import { ActionModal } from './action-modal';
import { ContactPhone } from './contact-phone';
import { PhotosTab } from './photos-tab';
import { SimilarTab } from './similar-tab';
import { DeadlineTag, StateTag, UrgencyText } from './tags';
import { TicketTimeline } from './timeline';
import { VolunteerSuggestionsPanel } from './volunteer-suggestions';
import { WishWallTag } from './wish-publish';

// The forward moves, in the order a ticket takes them: the first of them the caller may make is the one primary
// button (one per state, so the eye finds the next step); every other move is plain.
const FORWARD: readonly TicketAction[] = [
  'accept',
  'dispatch',
  'receive',
  'claim',
  'resolve',
  'close',
  'approve_extension',
];

function primaryOf(allowed: readonly TicketAction[]): TicketAction | undefined {
  return FORWARD.find((action) => allowed.includes(action));
}

/** One ticket: the header with its state and the caller's moves, then 详情 / 时间线 / 附件 / 相关工单. */
export function TicketDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const ticket = useTicket(id);
  const [acting, setActing] = useState<{ action: TicketAction; intoId?: string } | null>(null);
  const [tab, setTab] = useState('details');

  if (ticket.isLoading) {
    return <LoadingState rows={8} />;
  }
  if (!ticket.data) {
    return <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} />;
  }
  const data = ticket.data;

  const done = (next: TicketDetail) => {
    const action = acting?.action;
    setActing(null);
    client.setQueryData(ticketKeys.detail(id), next);
    void client.invalidateQueries({ queryKey: ticketKeys.all });
    if (action) {
      void message.success(t('office.detail.done', { action: t(`actions.${action}`) }));
    }
  };

  return (
    <div className="lx-page">
      <Panel>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div>
            <Button
              type="link"
              icon={<ArrowLeftOutlined />}
              onClick={() => navigate(-1)}
              style={{ padding: 0 }}
            >
              {t('office.detail.back')}
            </Button>
            <Typography.Title level={4} style={{ margin: '4px 0 8px' }}>
              {data.title}
            </Typography.Title>
            <Space size={12} wrap>
              <Typography.Text copyable style={{ fontVariantNumeric: 'tabular-nums' }}>
                {data.number}
              </Typography.Text>
              <StateTag state={data.state} />
              <Typography.Text>{t(`kinds.${data.kind}`)}</Typography.Text>
              <WishWallTag ticket={data} />
              <UrgencyText urgency={data.urgency} />
              <Space size={4}>
                <Typography.Text type="secondary">{t('office.fields.deadline')}</Typography.Text>
                <Typography.Text>{formatTime(data.handleDueAt)}</Typography.Text>
                <DeadlineTag status={data.deadlineStatus} />
              </Space>
              {data.urgeCount > 0 ? (
                <Typography.Text type="danger">
                  {t('office.detail.urged', { count: data.urgeCount })}
                </Typography.Text>
              ) : null}
            </Space>
          </div>
          <Space wrap aria-label={t('office.detail.actions')}>
            {data.allowedActions.map((action) => (
              <Button
                key={action}
                type={action === primaryOf(data.allowedActions) ? 'primary' : 'default'}
                danger={action === 'reject' || action === 'deny_extension'}
                onClick={() => setActing({ action })}
              >
                {t(`actions.${action}`)}
              </Button>
            ))}
            <PromoteButton ticket={data} />
            {data.allowedActions.length === 0 ? (
              <Typography.Text type="secondary">{t('office.detail.noActions')}</Typography.Text>
            ) : null}
          </Space>
        </Flex>
        {data.extensionRequest ? <ExtensionRequestNotice request={data.extensionRequest} /> : null}
      </Panel>
      <VolunteerSuggestionsPanel ticket={data} />
      <Panel>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'details', label: t('office.detail.tabs.details'), children: <Details ticket={data} /> },
            {
              key: 'timeline',
              label: t('office.detail.tabs.timeline', { count: data.events.length }),
              children: <TicketTimeline events={data.events} />,
            },
            {
              key: 'photos',
              label: t('office.detail.tabs.photos'),
              children: <PhotosTab ticketId={data.id} />,
            },
            {
              key: 'similar',
              label: t('office.detail.tabs.similar'),
              children: (
                <SimilarTab
                  ticketId={data.id}
                  canMerge={data.allowedActions.includes('merge')}
                  onMerge={(intoId) => setActing({ action: 'merge', intoId })}
                />
              ),
            },
          ]}
        />
      </Panel>
      {acting ? (
        <ActionModal
          ticket={data}
          action={acting.action}
          {...(acting.intoId ? { intoId: acting.intoId } : {})}
          onClose={() => setActing(null)}
          onDone={done}
        />
      ) : null}
    </div>
  );
}

/** A pending 延期申请: how many days, why, who asked and when; the answer is one of the caller's moves above. */
function ExtensionRequestNotice({ request }: { request: NonNullable<TicketDetail['extensionRequest']> }) {
  const { t } = useTranslation('tickets');
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 16 }}
      data-testid="extension-request"
      title={t('office.detail.extensionRequest.title')}
      description={
        <>
          <div>
            {t('office.detail.extensionRequest.text', {
              name: request.requestedByName ?? t('office.detail.extensionRequest.someone'),
              at: formatTime(request.requestedAt),
              days: request.days,
            })}
          </div>
          <div style={{ whiteSpace: 'pre-wrap' }}>
            {t('office.detail.extensionRequest.reason', { reason: request.reason })}
          </div>
        </>
      }
    />
  );
}

function Details({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('tickets');
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const time = (iso: string) => formatTime(iso);
  const result = standingResult(ticket.events);
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'description',
          label: t('office.fields.description'),
          span: 'filled',
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{ticket.description}</span>,
        },
        { key: 'category', label: t('office.fields.category'), children: ticket.categoryName ?? dash },
        { key: 'place', label: t('office.fields.place'), children: ticket.placeName },
        { key: 'address', label: t('office.fields.address'), children: ticket.address ?? dash },
        { key: 'channel', label: t('office.fields.channel'), children: t(`channels.${ticket.channel}`) },
        { key: 'horizon', label: t('office.fields.horizon'), children: t(`horizons.${ticket.horizon}`) },
        {
          key: 'submitter',
          label: t('office.fields.submitter'),
          children:
            ticket.isAnonymous && !ticket.submitterName
              ? t('office.detail.anonymous')
              : (ticket.submitterName ?? dash),
        },
        {
          key: 'phone',
          label: t('office.fields.phone'),
          children: <ContactPhone ticket={ticket} />,
        },
        {
          key: 'consent',
          label: t('office.fields.consent'),
          children: ticket.isPublic ? t('office.detail.consentYes') : t('office.detail.consentNo'),
        },
        { key: 'unit', label: t('office.fields.unit'), children: ticket.unitName ?? dash },
        { key: 'claimant', label: t('office.fields.claimant'), children: ticket.claimantName ?? dash },
        { key: 'responseDue', label: t('office.fields.responseDue'), children: time(ticket.responseDueAt) },
        { key: 'handleDue', label: t('office.fields.deadline'), children: time(ticket.handleDueAt) },
        {
          key: 'rating',
          label: t('office.fields.rating'),
          children: ticket.rating ? t(`ratings.${ticket.rating}`) : dash,
        },
        {
          key: 'result',
          label: t('office.fields.result'),
          span: 'filled',
          children: result ? (
            <Flex vertical>
              <span style={{ whiteSpace: 'pre-wrap' }}>{result.note}</span>
              <Typography.Text type="secondary">
                {t('office.detail.resultBy', { who: result.actorName ?? '—', at: time(result.at) })}
              </Typography.Text>
            </Flex>
          ) : (
            dash
          ),
        },
        {
          key: 'outcome',
          label: t('office.fields.outcome'),
          children: ticket.outcome ? t(`outcomes.${ticket.outcome}`) : dash,
        },
        {
          key: 'counts',
          label: t('office.fields.counts'),
          children: t('office.detail.counts', {
            reopened: ticket.reopenCount,
            extended: ticket.extensionCount,
            urged: ticket.urgeCount,
          }),
        },
        { key: 'createdAt', label: t('office.fields.createdAt'), children: time(ticket.createdAt) },
        { key: 'updatedAt', label: t('office.fields.updatedAt'), children: time(ticket.updatedAt) },
      ]}
    />
  );
}
