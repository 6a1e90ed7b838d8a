import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BulletinDetail } from '../../../shared/bulletins';
import type { ProjectStatus } from '../../../shared/projects';
import { StatusTag } from '../projects/status-tag';

type Figures = BulletinDetail['figures'];
type RankingRow = Figures['byUnit'][number];

const points = (n: number) => `${n}%`;

/** 慢序时项目: worst status first, then the widest gap (as the server ordered them). */
export function LaggardTable({ rows }: { rows: Figures['laggards'] }) {
  const { t } = useTranslation(['bulletins']);
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      columns={[
        { title: t('project'), dataIndex: 'name' },
        { title: t('leadUnit'), dataIndex: 'leadUnitName' },
        { title: t('placeName'), dataIndex: 'placeName' },
        { title: t('status'), dataIndex: 'status', render: (s: ProjectStatus) => <StatusTag status={s} /> },
        { title: t('planned'), dataIndex: 'plannedProgress', align: 'right', render: points },
        { title: t('actual'), dataIndex: 'actualProgress', align: 'right', render: points },
        { title: t('gap'), dataIndex: 'gap', align: 'right' },
      ]}
    />
  );
}

/** A ranking, best first; `what` names the grouped column (lead unit or place). */
export function RankingTable({ rows, what }: { rows: RankingRow[]; what: string }) {
  const { t } = useTranslation(['bulletins']);
  return (
    <Table<RankingRow>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      columns={[
        { title: t('rank'), dataIndex: 'rank', width: 70 },
        { title: what, dataIndex: 'name' },
        { title: t('projects'), dataIndex: 'total', align: 'right' },
        { title: t('onTrack'), dataIndex: 'onTrack', align: 'right' },
        { title: t('lagging'), dataIndex: 'lagging', align: 'right' },
        { title: t('onTrackShare'), dataIndex: 'onTrackShare', align: 'right', render: points },
        { title: t('meanGap'), dataIndex: 'meanGap', align: 'right' },
      ]}
    />
  );
}

/** 较上期变化: newly done, newly overdue, newly behind, recovered. */
export function ChangeTable({ rows }: { rows: Figures['changes'] }) {
  const { t } = useTranslation(['bulletins']);
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      columns={[
        { title: t('project'), dataIndex: 'name' },
        { title: t('leadUnit'), dataIndex: 'leadUnitName' },
        {
          title: t('change'),
          dataIndex: 'kind',
          render: (k: Figures['changes'][number]['kind']) => t(`kinds.${k}`),
        },
        {
          title: t('from'),
          dataIndex: 'from',
          render: (s: ProjectStatus | null) => (s ? <StatusTag status={s} /> : t('notStarted')),
        },
        { title: t('to'), dataIndex: 'to', render: (s: ProjectStatus) => <StatusTag status={s} /> },
      ]}
    />
  );
}
