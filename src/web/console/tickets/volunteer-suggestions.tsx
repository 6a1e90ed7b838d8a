import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTIFY_LIMIT, type VolunteerSuggestion } from '../../../shared/volunteer-matching';
import type { TicketDetail } from '../../modules/tickets/api';
import { getVolunteerSuggestions, notifyVolunteers, volunteerKeys } from '../../modules/volunteers/api';
import { Panel } from '../../ui/page-frame';
import { useSignedIn } from '../shell/gates';

/** Where an order or a wish may still take volunteers (the server says 409 otherwise). */
const OPEN_TO_CLAIM = ['dispatched', 'received', 'claimed', 'pooled'];

/**
 * 推荐志愿者: for a service order or a wish that still needs people, the volunteers who may take it, ranked with
 * the reasons (matched skills, where they are, what they hold), and a button that asks the chosen ones. Shown to
 * the office over it and the team's leader; the server decides, and anyone else sees nothing here.
 */
export function VolunteerSuggestionsPanel({ ticket }: { ticket: TicketDetail }) {
  const me = useSignedIn();
  const wanted =
    (ticket.kind === 'service' || ticket.kind === 'wish') &&
    OPEN_TO_CLAIM.includes(ticket.state) &&
    ticket.claimCount < ticket.claimsNeeded;
  if (!wanted || !me.permissions.includes('volunteer.match')) {
    return null;
  }
  return <SuggestionList ticketId={ticket.id} />;
}

function SuggestionList({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation(['volunteers', 'common']);
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const list = useQuery({
    queryKey: [...volunteerKeys.detail(ticketId), 'suggestions'],
    queryFn: () => getVolunteerSuggestions(ticketId),
    retry: false,
  });
  if (!list.data) {
    return null;
  }
  const notify = async () => {
    setSending(true);
    try {
      const { notified } = await notifyVolunteers(ticketId, chosen);
      setChosen([]);
      void message.success(t('volunteers:match.notified', { count: notified }));
    } finally {
      setSending(false);
    }
  };
  return (
    <Panel title={t('volunteers:match.title')}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {t('volunteers:match.intro', { count: list.data.stillNeeded })}
        </Typography.Text>
        <Button type="primary" disabled={chosen.length === 0} loading={sending} onClick={() => void notify()}>
          {t('volunteers:match.notify', { count: chosen.length })}
        </Button>
      </Flex>
      <Table<VolunteerSuggestion>
        rowKey="accountId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={list.data.items}
        locale={{ emptyText: t('volunteers:match.empty') }}
        rowSelection={{
          selectedRowKeys: chosen,
          onChange: (keys) => setChosen((keys as string[]).slice(0, NOTIFY_LIMIT)),
          getCheckboxProps: (v) => ({
            disabled: !chosen.includes(v.accountId) && chosen.length >= NOTIFY_LIMIT,
          }),
        }}
        columns={[
          {
            title: t('volunteers:memberName'),
            key: 'name',
            render: (_: unknown, v) => (
              <Flex gap={4} align="center">
                <span>{v.name}</span>
                {v.isPartyMember ? <Tag color="red">{t('volunteers:partyMember')}</Tag> : null}
              </Flex>
            ),
          },
          {
            title: t('volunteers:match.skills'),
            key: 'skills',
            render: (_: unknown, v) =>
              v.skills.length === 0 ? (
                <Typography.Text type="secondary">—</Typography.Text>
              ) : (
                v.skills.map((s) => (
                  <Tag key={s} color={v.matchedSkills.includes(s) ? 'green' : undefined}>
                    {s}
                  </Tag>
                ))
              ),
          },
          {
            title: t('volunteers:match.place'),
            key: 'place',
            render: (_: unknown, v) => (
              <Flex vertical>
                <span>{v.placeName ?? '—'}</span>
                <Typography.Text type="secondary">
                  {v.sharedLevel
                    ? t('volunteers:match.shared', { level: t(`common:levels.${v.sharedLevel}`) })
                    : t('volunteers:match.far')}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('volunteers:match.load'),
            dataIndex: 'openClaims',
            render: (n: number) => t('volunteers:match.loadCount', { count: n }),
          },
        ]}
      />
    </Panel>
  );
}
