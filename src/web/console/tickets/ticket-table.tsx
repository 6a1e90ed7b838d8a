import { Flex, type TableProps, Typography } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Ticket } from '../../../shared/tickets';
import { ListTable } from '../../ui/list-table';
import { formatTime } from '../../ui/time';
import type { CursorList } from '../../ui/use-cursor-list';
import { Deadline, StateTag, UrgencyText } from './tags';

type Props = {
  list: CursorList<Ticket>;
  selected: Ticket[];
  onSelect: (rows: Ticket[]) => void;
};

/** Clicks on the row's own controls (the checkbox, the number's link) do their own thing. */
function onControl(event: MouseEvent): boolean {
  return Boolean(
    (event.target as HTMLElement).closest('a, button, input, label, .ant-table-selection-column'),
  );
}

const secondary = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * The ticket table: number with its creation time, title with its kind, category and urgency beneath, place,
 * state, deadline (yellow and red visible in every list), unit or claimant. A click anywhere on a row opens the ticket; rows
 * are selectable across pages for bulk moves. Narrow enough for a 1366 px screen without scrolling sideways.
 */
export function TicketTable({ list, selected, onSelect }: Props) {
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const columns: TableProps<Ticket>['columns'] = [
    {
      key: 'number',
      title: t('office.fields.number'),
      fixed: 'left',
      render: (_, r) => (
        <Flex vertical>
          <Link
            to={`/console/tickets/${r.id}`}
            style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
          >
            {r.number}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
            {t('office.list.createdAt', { at: formatTime(r.createdAt, 'short') })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'title',
      title: t('office.fields.title'),
      render: (_, r) => (
        <Flex vertical style={{ maxWidth: 230 }}>
          <Typography.Text ellipsis={{ tooltip: r.title }}>{r.title}</Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
            {t(`kinds.${r.kind}`)}
            {r.categoryName ? ` · ${r.categoryName}` : ''}
            {r.urgency === 'normal' ? null : (
              <>
                {' · '}
                <UrgencyText urgency={r.urgency} />
              </>
            )}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'place',
      title: t('office.fields.place'),
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.placeName }} style={{ maxWidth: 120 }}>
          {r.placeName}
        </Typography.Text>
      ),
    },
    { key: 'state', title: t('office.fields.state'), render: (_, r) => <StateTag state={r.state} /> },
    {
      key: 'deadline',
      title: t('office.fields.deadline'),
      sorter: (a, b) => a.handleDueAt.localeCompare(b.handleDueAt),
      render: (_, r) => <Deadline status={r.deadlineStatus} due={r.handleDueAt} />,
    },
    {
      key: 'assignee',
      title: t('office.fields.assignee'),
      render: (_, r) => {
        const who = r.unitName ?? r.claimantName;
        return who ? (
          <Typography.Text ellipsis={{ tooltip: who }} style={{ maxWidth: 140 }}>
            {who}
          </Typography.Text>
        ) : (
          secondary
        );
      },
    },
  ];
  return (
    <ListTable<Ticket>
      list={list}
      columns={columns}
      rowKey="id"
      emptyHint={t('office.list.empty')}
      onRow={(r) => ({
        onClick: (event) => {
          if (!onControl(event)) {
            void navigate(`/console/tickets/${r.id}`);
          }
        },
        style: { cursor: 'pointer' },
      })}
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
    />
  );
}
