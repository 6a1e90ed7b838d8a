import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, type TableProps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Ticket } from '../../../shared/tickets';
import { EmptyState, ErrorState } from '../../ui/states';
import { type CursorList, PAGE_SIZES } from '../../ui/use-cursor-list';
import { useInertMeasureRows } from '../../ui/use-inert-measure-rows';
import { Deadline, StateTag, UrgencyText } from './tags';

type Props = {
  list: CursorList<Ticket>;
  selected: Ticket[];
  onSelect: (rows: Ticket[]) => void;
};

/**
 * The ticket table: number (to the detail), title, kind, category, place, state, urgency, deadline (yellow
 * and red visible in every list), unit or claimant, created; rows selectable across pages for bulk moves.
 */
export function TicketTable({ list, selected, onSelect }: Props) {
  const { t } = useTranslation('tickets');
  const { query, pager } = list;
  const box = useRef<HTMLDivElement>(null);
  useInertMeasureRows(box);
  if (query.error && list.items.length === 0) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const columns: TableProps<Ticket>['columns'] = [
    {
      key: 'number',
      title: t('office.fields.number'),
      fixed: 'left',
      render: (_, r) => (
        <Link
          to={`/console/tickets/${r.id}`}
          style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {r.number}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('office.fields.title'),
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.title }} style={{ maxWidth: 240 }}>
          {r.title}
        </Typography.Text>
      ),
    },
    { key: 'kind', title: t('office.fields.kind'), render: (_, r) => t(`kinds.${r.kind}`) },
    {
      key: 'category',
      title: t('office.fields.category'),
      render: (_, r) => r.categoryName ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    { key: 'place', title: t('office.fields.place'), dataIndex: 'placeName' },
    { key: 'state', title: t('office.fields.state'), render: (_, r) => <StateTag state={r.state} /> },
    {
      key: 'urgency',
      title: t('office.fields.urgency'),
      render: (_, r) => <UrgencyText urgency={r.urgency} />,
    },
    {
      key: 'deadline',
      title: t('office.fields.deadline'),
      sorter: (a, b) => a.handleDueAt.localeCompare(b.handleDueAt),
      render: (_, r) => <Deadline status={r.deadlineStatus} due={r.handleDueAt} />,
    },
    {
      key: 'assignee',
      title: t('office.fields.assignee'),
      render: (_, r) => r.unitName ?? r.claimantName ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      key: 'createdAt',
      title: t('office.fields.createdAt'),
      sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {dayjs(r.createdAt).format('YYYY-MM-DD HH:mm')}
        </span>
      ),
    },
  ];
  return (
    <div ref={box}>
      <Table<Ticket>
        size="middle"
        columns={columns}
        dataSource={list.items}
        rowKey="id"
        loading={query.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowSelection={{
          selectedRowKeys: selected.map((r) => r.id),
          preserveSelectedRowKeys: true,
          onChange: (keys, rows) => {
            // Rows chosen on earlier pages come back undefined: keep the ones we already hold.
            const known = new Map(selected.map((r) => [r.id, r]));
            onSelect(
              keys.map((k, i) => rows[i] ?? known.get(String(k))).filter((r): r is Ticket => Boolean(r)),
            );
          },
        }}
        locale={{ emptyText: query.isLoading ? ' ' : <EmptyState description={t('office.list.empty')} /> }}
      />
      <Flex justify="flex-end" align="center" gap={8} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('office.pager.page', { page: pager.page })}</Typography.Text>
        <Button icon={<LeftOutlined />} disabled={!pager.hasPrev} onClick={pager.prev}>
          {t('office.pager.prev')}
        </Button>
        <Button disabled={!pager.hasNext} onClick={pager.next}>
          {t('office.pager.next')}
          <RightOutlined />
        </Button>
        <Select
          value={pager.limit}
          onChange={pager.setLimit}
          style={{ width: 120 }}
          aria-label={t('office.pager.size')}
          options={PAGE_SIZES.map((size) => ({ value: size, label: t('office.pager.perPage', { size }) }))}
        />
      </Flex>
    </div>
  );
}
