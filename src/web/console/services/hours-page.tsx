import { App, Button, Form, Input, Modal, Select, Space, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOUR_STATUSES, type HourStatus } from '../../../shared/services';
import {
  confirmHours,
  type HourFilters,
  hourKeys,
  hoursOf,
  listHours,
  reverseHour,
  type ServiceHour,
  useServiceRefresh,
} from '../../modules/services/api';
import { errorText } from '../../ui/errors';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { formatTime } from '../../ui/time';
import { useCursorList } from '../../ui/use-cursor-list';
import { PlaceTreeSelect } from '../places/place-tree-select';

const STATUS_COLOR = { pending: 'warning', confirmed: 'success', reversed: 'default' } as const;

/**
 * 服务时长 (志愿服务时长): the ledger of the area, its confirmed total for the filter, and the organiser's work —
 * confirm one or many pending entries at once, or reverse a wrong one with a reason (a new entry; nothing is
 * edited or deleted).
 */
export function ServiceHoursPage() {
  const { t } = useTranslation('services');
  const { message } = App.useApp();
  const refresh = useServiceRefresh();
  const [form] = Form.useForm<HourFilters>();
  const [filters, setFilters] = useState<HourFilters>({ status: 'pending' });
  const [selected, setSelected] = useState<string[]>([]);
  const [reversing, setReversing] = useState<ServiceHour | null>(null);
  const list = useCursorList(hourKeys.lists(), filters, listHours);
  const total = (list.query.data as { totalMinutes?: number } | undefined)?.totalMinutes ?? 0;
  const { hours, minutes } = hoursOf(total);
  const confirm = async (ids: string[]) => {
    try {
      const answer = await confirmHours(ids);
      void message.success(t('console.ledger.confirmed', { n: answer.confirmed.length }));
      if (answer.skipped.length > 0) {
        void message.info(t('console.ledger.skipped', { n: answer.skipped.length }));
      }
      setSelected([]);
      await refresh();
    } catch (e) {
      void message.error(errorText(e, ''));
    }
  };
  return (
    <PageFrame
      title={t('console.ledger.title')}
      extra={<Statistic title={t('console.ledger.total')} value={t('hours.value', { hours, minutes })} />}
    >
      <Panel>
        <QueryForm<HourFilters>
          form={form}
          initialValues={{ status: 'pending' }}
          onSearch={(v) => setFilters({ ...v })}
        >
          <Form.Item name="placeId" label={t('console.menu.place')}>
            <PlaceTreeSelect />
          </Form.Item>
          <Form.Item name="status" label={t('console.ledger.status')}>
            <Select
              allowClear
              style={{ width: 160 }}
              placeholder={t('console.ledger.all')}
              options={HOUR_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
          </Form.Item>
        </QueryForm>
        <Space style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            disabled={selected.length === 0}
            onClick={() => void confirm(selected)}
            data-testid="confirm-selected"
          >
            {t('console.ledger.confirmSelected', { n: selected.length })}
          </Button>
        </Space>
        <ListTable<ServiceHour>
          list={list}
          rowKey="id"
          emptyHint={t('console.ledger.empty')}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
            getCheckboxProps: (h: ServiceHour) => ({ disabled: !h.allowedActions.includes('confirm') }),
          }}
          columns={[
            {
              title: t('console.ledger.volunteer'),
              dataIndex: 'accountName',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('console.ledger.team'),
              dataIndex: 'unitName',
              render: (v: string | null) => v ?? '—',
            },
            { title: t('console.ledger.content'), dataIndex: 'content' },
            { title: t('console.ledger.minutes'), dataIndex: 'minutes' },
            {
              title: t('console.ledger.status'),
              dataIndex: 'status',
              render: (s: HourStatus, h: ServiceHour) => (
                <Tag color={STATUS_COLOR[s]} title={h.reverseReason ?? undefined}>
                  {t(`status.${s}`)}
                </Tag>
              ),
            },
            {
              title: t('console.ledger.servedAt'),
              dataIndex: 'servedAt',
              render: (v: string) => formatTime(v),
            },
            {
              title: '',
              key: 'actions',
              fixed: 'right' as const,
              render: (_: unknown, h: ServiceHour) => (
                <Space size={0}>
                  {h.allowedActions.includes('confirm') ? (
                    <Button type="link" onClick={() => void confirm([h.id])}>
                      {t('console.ledger.confirm')}
                    </Button>
                  ) : null}
                  {h.allowedActions.includes('reverse') ? (
                    <Button type="link" danger onClick={() => setReversing(h)}>
                      {t('console.ledger.reverse')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Panel>
      {reversing ? (
        <ReverseModal
          entry={reversing}
          onClose={() => setReversing(null)}
          onDone={() => {
            setReversing(null);
            void refresh();
          }}
        />
      ) : null}
    </PageFrame>
  );
}

function ReverseModal({
  entry,
  onClose,
  onDone,
}: {
  entry: ServiceHour;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('services');
  const [form] = Form.useForm<{ reason: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Modal
      open
      title={`${t('console.ledger.reverse')} · ${entry.content}`}
      okButtonProps={{ danger: true }}
      okText={t('console.ledger.reverse')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async ({ reason }) => {
          try {
            await reverseHour(entry.id, reason.trim());
            onDone();
          } catch (e) {
            setFailure(errorText(e, ''));
          }
        }}
      >
        <Form.Item
          name="reason"
          label={t('console.ledger.reverseReason')}
          extra={t('console.ledger.reverseHint')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
      {failure ? <div role="alert">{failure}</div> : null}
    </Modal>
  );
}
