// The tabs of a project page on the desk: its details, its milestones and its progress reports.
import { Button, Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Milestone, ProjectDetail, ProjectReport } from '../../../shared/projects';

export function Details({ p }: { p: ProjectDetail }) {
  const { t } = useTranslation('projects');
  const money = (v: number | null) => (v === null ? '—' : v.toLocaleString('zh-CN'));
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
      <Descriptions.Item label={t('leadUnit')}>{p.leadUnitName}</Descriptions.Item>
      <Descriptions.Item label={t('owner')}>
        {p.ownerName ?? '—'} {p.ownerPhone ?? ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('dates')}>
        {p.startDate} ~ {p.endDate}
      </Descriptions.Item>
      <Descriptions.Item label={t('groups')}>
        {p.groups.map((g) => t(`groupNames.${g}`)).join('、') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('budget')}>{money(p.budget)}</Descriptions.Item>
      <Descriptions.Item label={t('spent')}>{money(p.spent)}</Descriptions.Item>
      <Descriptions.Item label={t('target')} span={2}>
        {p.target ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('benefit')} span={2}>
        {p.benefit ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('internalNote')} span={2}>
        {p.internalNote ?? '—'}
      </Descriptions.Item>
      {p.parentId ? (
        <Descriptions.Item label={t('parent')}>
          <Link to={`/console/projects/${p.parentId}`}>{t('open')}</Link>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

export function MilestoneTable({
  p,
  onAdd,
  onDelete,
}: {
  p: ProjectDetail;
  onAdd: () => void;
  onDelete: (m: Milestone) => void;
}) {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation();
  const canEdit = p.allowedActions.includes('edit');
  return (
    <>
      {canEdit ? (
        <Button style={{ marginBottom: 12 }} onClick={onAdd}>
          {t('addMilestone')}
        </Button>
      ) : null}
      <Table<Milestone>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={p.milestones}
        columns={[
          { title: t('milestone'), dataIndex: 'name' },
          { title: t('plannedDate'), dataIndex: 'plannedDate', width: 120 },
          { title: t('milestoneWeight'), dataIndex: 'weight', width: 80 },
          { title: t('doneOn'), dataIndex: 'doneOn', width: 120, render: (v: string | null) => v ?? '—' },
          { title: t('evidence'), dataIndex: 'evidence', render: (v: string | null) => v ?? '—' },
          ...(canEdit
            ? [
                {
                  key: 'x',
                  width: 80,
                  render: (_: unknown, m: Milestone) => (
                    <Button type="link" danger onClick={() => onDelete(m)}>
                      {tc('actions.delete')}
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

export function ReportTable({ reports, loading }: { reports: ProjectReport[]; loading: boolean }) {
  const { t } = useTranslation('projects');
  return (
    <Table<ProjectReport>
      rowKey="id"
      size="small"
      loading={loading}
      pagination={{ pageSize: 10 }}
      dataSource={[...reports].reverse()}
      columns={[
        { title: t('reportedOn'), dataIndex: 'reportedOn', width: 110 },
        { title: t('progress'), dataIndex: 'progress', width: 90, render: (v: number) => `${v}%` },
        { title: t('planned'), dataIndex: 'plannedProgress', width: 90, render: (v: number) => `${v}%` },
        {
          title: t('milestoneShare'),
          dataIndex: 'milestoneShare',
          width: 110,
          render: (v: number) => `${v}%`,
        },
        { title: t('note'), dataIndex: 'note' },
        {
          title: t('spent'),
          dataIndex: 'spent',
          width: 120,
          render: (v: number | null) => v?.toLocaleString('zh-CN') ?? '—',
        },
        {
          title: t('reporter'),
          dataIndex: 'reporterName',
          width: 100,
          render: (v: string | null) => v ?? '—',
        },
      ]}
    />
  );
}
