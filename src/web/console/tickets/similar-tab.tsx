import { MergeCellsOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SimilarTicket } from '../../../shared/tickets';
import { useSimilar } from '../../modules/tickets/api';
import { EmptyState, ErrorState } from '../../ui/states';
import { formatTime } from '../../ui/time';
import { StateTag } from './tags';

type Props = {
  ticketId: string;
  /** The caller may merge this ticket into another (allowedActions has `merge`). */
  canMerge: boolean;
  onMerge: (intoId: string) => void;
};

/** 相关工单: open tickets that may be the same matter (same place, similar words), each mergeable into. */
export function SimilarTab({ ticketId, canMerge, onMerge }: Props) {
  const { t } = useTranslation('tickets');
  const similar = useSimilar(ticketId);
  if (similar.error) {
    return <ErrorState error={similar.error} onRetry={() => void similar.refetch()} />;
  }
  return (
    <>
      <Typography.Paragraph type="secondary">{t('office.similar.hint')}</Typography.Paragraph>
      <Table<SimilarTicket>
        size="small"
        rowKey="id"
        pagination={false}
        loading={similar.isLoading}
        dataSource={(similar.data ?? []).filter((s) => s.id !== ticketId)}
        locale={{
          emptyText: similar.isLoading ? ' ' : <EmptyState description={t('office.detail.noSimilar')} />,
        }}
        columns={[
          {
            key: 'number',
            title: t('office.fields.number'),
            render: (_, s) => <Link to={`/console/tickets/${s.id}`}>{s.number}</Link>,
          },
          { key: 'title', title: t('office.fields.title'), dataIndex: 'title' },
          { key: 'place', title: t('office.fields.place'), dataIndex: 'placeName' },
          { key: 'state', title: t('office.fields.state'), render: (_, s) => <StateTag state={s.state} /> },
          {
            key: 'score',
            title: t('office.similar.score'),
            render: (_, s) => `${Math.round(Math.min(s.score, 1) * 100)}%`,
          },
          {
            key: 'createdAt',
            title: t('office.fields.createdAt'),
            render: (_, s) => formatTime(s.createdAt),
          },
          ...(canMerge
            ? [
                {
                  key: 'merge',
                  title: '',
                  render: (_: unknown, s: SimilarTicket) => (
                    <Button size="small" icon={<MergeCellsOutlined />} onClick={() => onMerge(s.id)}>
                      {t('office.similar.merge')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
