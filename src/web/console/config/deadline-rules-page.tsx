import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineRule } from '../../../shared/deadlines';
import type { TicketKind, Urgency } from '../../../shared/tickets';
import { configKeys, deleteDeadlineRule, useDeadlineRules, useRefreshConfig } from '../../modules/config/api';
import { PageFrame, Panel } from '../../ui/page-frame';
import { EmptyState, ErrorState } from '../../ui/states';
import { useConfirmDelete } from '../common/use-delete';
import { DeadlineRuleModal } from './deadline-rule-modal';

/** Working hours per day (platform/calendar.ts: 09:00–12:00 and 13:00–18:00). */
const HOURS_PER_WORKDAY = 8;

/** 办理时限: response and handling limits per kind × category × urgency (限时制). */
export function DeadlineRulesPage() {
  const { t } = useTranslation(['console', 'config']);
  const { t: tc } = useTranslation();
  const { t: tt } = useTranslation('tickets');
  const query = useDeadlineRules();
  const refresh = useRefreshConfig();
  const confirmDelete = useConfirmDelete(configKeys.all);
  const [editing, setEditing] = useState<DeadlineRule | 'new' | null>(null);

  const limit = (hours: number, rule: DeadlineRule) => {
    if (rule.isCalendarTime) {
      return t('config:rules.clockHours', { count: hours });
    }
    const days = hours / HOURS_PER_WORKDAY;
    return Number.isInteger(days)
      ? t('config:rules.workHoursDays', { count: hours, days })
      : t('config:rules.workHours', { count: hours });
  };
  const anyText = <Typography.Text type="secondary">{t('config:any')}</Typography.Text>;

  return (
    <PageFrame
      title={t('config:rules.title')}
      description={t('config:rules.description')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {tc('actions.create')}
        </Button>
      }
    >
      <Alert type="info" showIcon title={t('config:rules.howItWorks')} style={{ marginBottom: 16 }} />
      <Panel>
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<DeadlineRule>
            size="middle"
            rowKey="id"
            loading={query.isFetching}
            dataSource={query.data ?? []}
            pagination={false}
            locale={{
              emptyText: query.isLoading ? ' ' : <EmptyState description={t('config:rules.empty')} />,
            }}
            columns={[
              {
                title: t('config:rules.kind'),
                dataIndex: 'kind',
                render: (kind: TicketKind | null, r) => (
                  <>
                    {kind ? tt(`kinds.${kind}`) : anyText}
                    {r.isDefault ? <Tag style={{ marginLeft: 8 }}>{t('config:rules.default')}</Tag> : null}
                  </>
                ),
              },
              {
                title: t('config:rules.category'),
                dataIndex: 'categoryName',
                render: (name: string | null) => name ?? anyText,
              },
              {
                title: t('config:rules.urgency'),
                dataIndex: 'urgency',
                render: (u: Urgency | null) =>
                  u ? <Tag color={u === 'emergency' ? 'red' : 'orange'}>{tt(`urgency.${u}`)}</Tag> : anyText,
              },
              {
                title: t('config:rules.response'),
                dataIndex: 'responseHours',
                render: (h: number, r) => limit(h, r),
              },
              {
                title: t('config:rules.handle'),
                dataIndex: 'handleHours',
                render: (h: number, r) => limit(h, r),
              },
              {
                title: t('config:rules.clockColumn'),
                dataIndex: 'isCalendarTime',
                render: (clock: boolean) =>
                  clock ? <Tag color="red">{t('config:rules.clockOn')}</Tag> : t('config:rules.clockOff'),
              },
              {
                title: t('config:rules.note'),
                dataIndex: 'note',
                render: (note: string | null) => note ?? '—',
              },
              {
                title: t('operations'),
                key: 'actions',
                render: (_: unknown, r: DeadlineRule) => (
                  <Space size={0}>
                    <Button type="link" onClick={() => setEditing(r)}>
                      {tc('actions.edit')}
                    </Button>
                    <Button
                      type="link"
                      danger
                      onClick={() =>
                        confirmDelete(() => deleteDeadlineRule(r.id), r.note ?? t('config:rules.thisRule'))
                      }
                    >
                      {tc('actions.delete')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Panel>
      {editing ? (
        <DeadlineRuleModal
          rule={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
    </PageFrame>
  );
}
