import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProjectDetail } from '../../../shared/projects';
import {
  acceptProject,
  addMilestone,
  deleteMilestone,
  fileReport,
  followProject,
  getProject,
  linkTicket,
  listReports,
  projectKeys,
  publishProject,
  unlinkTicket,
} from '../../modules/projects/api';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { LastUrged } from '../bulletins/last-urged';
import { EvaluationTab } from '../evaluations/evaluation-tab';
import { UrgesTab } from '../evaluations/urges-tab';
import { ProgressCurve } from './progress-curve';
import { ProjectModal } from './project-modal';
import { Details, MilestoneTable, ReportTable } from './project-tabs';
import { StatusTag } from './status-tag';
import { TicketSelect } from './ticket-select';

type Dialog = 'edit' | 'accept' | 'report' | 'milestone' | 'ticket' | null;

/** One project: header with status and allowed actions, the two curves, milestones, reports, tickets. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('projects');
  const { t: te } = useTranslation('evaluations');
  const client = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const detail = useQuery({ queryKey: projectKeys.detail(id), queryFn: () => getProject(id) });
  const reports = useQuery({ queryKey: projectKeys.reports(id), queryFn: () => listReports(id) });
  const refresh = () => void client.invalidateQueries({ queryKey: projectKeys.all });
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      void message.success(t('saved'));
      refresh();
      setDialog(null);
    } catch (e) {
      void message.error(errorText(e, t('saved')));
    }
  };
  if (detail.isError) {
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const p = detail.data;
  if (!p) {
    return <LoadingState />;
  }
  const can = (a: ProjectDetail['allowedActions'][number]) => p.allowedActions.includes(a);
  return (
    <PageFrame
      title={
        <Space wrap>
          {p.name}
          <StatusTag status={p.status} />
          {p.isPublished ? <Tag color="blue">{t('published')}</Tag> : <Tag>{t('unpublished')}</Tag>}
        </Space>
      }
      description={`${t(`levels.${p.level}`)} · ${t(`categories.${p.category}`)} · ${p.placeName} · ${p.leadUnitName}`}
      extra={
        <Space wrap>
          <Button onClick={() => void run(() => followProject(p.id, !p.isFollowing))}>
            {p.isFollowing ? t('unfollow') : t('follow')}
          </Button>
          {can('report') ? (
            <Button type="primary" onClick={() => setDialog('report')}>
              {t('report')}
            </Button>
          ) : null}
          {can('edit') ? <Button onClick={() => setDialog('edit')}>{t('edit')}</Button> : null}
          {can('publish') ? (
            <Button onClick={() => void run(() => publishProject(p.id, !p.isPublished))}>
              {p.isPublished ? t('unpublish') : t('publish')}
            </Button>
          ) : null}
          {can('accept_done') ? (
            <Button danger onClick={() => setDialog('accept')}>
              {t('accept')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Panel>
        <Flex gap={48} wrap align="center">
          <Statistic title={t('planned')} value={p.plannedProgress} suffix="%" />
          <Statistic
            title={t('actual')}
            value={p.actualProgress}
            suffix="%"
            valueStyle={{ color: p.status === 'on_track' || p.status === 'done' ? undefined : '#C8102E' }}
          />
          <Statistic title={t('milestoneShare')} value={p.milestoneShare} suffix="%" />
          <Statistic title={t('lastReport')} value={p.lastReportedOn ?? t('noReport')} />
          <LastUrged projectId={p.id} />
          <Statistic title={t('asOf')} value={p.asOf} />
        </Flex>
      </Panel>
      {p.childCount === 0 ? (
        <Panel title={t('curve')}>
          <ProgressCurve
            startDate={p.startDate}
            endDate={p.endDate}
            milestones={p.milestones}
            reports={reports.data ?? []}
            asOf={p.asOf}
          />
        </Panel>
      ) : (
        <Panel>
          <Typography.Text type="secondary">{t('rolledUp')}</Typography.Text>
        </Panel>
      )}
      <Panel>
        <Tabs
          items={[
            { key: 'details', label: t('details'), children: <Details p={p} /> },
            {
              key: 'milestones',
              label: `${t('milestones')} (${p.milestones.length})`,
              children: (
                <MilestoneTable
                  p={p}
                  onAdd={() => setDialog('milestone')}
                  onDelete={(m) => void run(() => deleteMilestone(p.id, m.id))}
                />
              ),
            },
            {
              key: 'reports',
              label: `${t('reports')} (${reports.data?.length ?? 0})`,
              children: <ReportTable reports={reports.data ?? []} loading={reports.isPending} />,
            },
            ...(p.childCount > 0
              ? [
                  {
                    key: 'children',
                    label: `${t('children')} (${p.childCount})`,
                    children: (
                      <Table
                        rowKey="id"
                        size="small"
                        pagination={false}
                        dataSource={p.children}
                        columns={[
                          {
                            title: t('name'),
                            dataIndex: 'name',
                            render: (n: string, c: ProjectDetail['children'][number]) => (
                              <Link to={`/console/projects/${c.id}`}>{n}</Link>
                            ),
                          },
                          { title: t('weight'), dataIndex: 'weight', width: 140 },
                          {
                            title: t('planned'),
                            dataIndex: 'plannedProgress',
                            width: 100,
                            render: (v: number) => `${v}%`,
                          },
                          {
                            title: t('actual'),
                            dataIndex: 'actualProgress',
                            width: 160,
                            render: (v: number) => <Progress percent={v} size="small" />,
                          },
                          {
                            title: t('status'),
                            dataIndex: 'status',
                            width: 120,
                            render: (s: ProjectDetail['status']) => <StatusTag status={s} />,
                          },
                        ]}
                      />
                    ),
                  },
                ]
              : []),
            {
              key: 'tickets',
              label: `${t('tickets')} (${p.tickets.length})`,
              children: (
                <>
                  {can('link_ticket') ? (
                    <Button style={{ marginBottom: 12 }} onClick={() => setDialog('ticket')}>
                      {t('linkTicket')}
                    </Button>
                  ) : null}
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={p.tickets}
                    columns={[
                      {
                        title: '#',
                        dataIndex: 'number',
                        render: (n: string, tk: ProjectDetail['tickets'][number]) => (
                          <Link to={`/console/tickets/${tk.id}`}>{n}</Link>
                        ),
                      },
                      { title: t('name'), dataIndex: 'title' },
                      { title: t('status'), dataIndex: 'state', width: 120 },
                      ...(can('link_ticket')
                        ? [
                            {
                              key: 'x',
                              width: 90,
                              render: (_: unknown, tk: ProjectDetail['tickets'][number]) => (
                                <Button
                                  type="link"
                                  danger
                                  onClick={() => void run(() => unlinkTicket(p.id, tk.id))}
                                >
                                  ×
                                </Button>
                              ),
                            },
                          ]
                        : []),
                    ]}
                  />
                </>
              ),
            },
            { key: 'evaluation', label: te('tabEvaluation'), children: <EvaluationTab p={p} /> },
            { key: 'urges', label: te('tabUrges'), children: <UrgesTab projectId={p.id} /> },
          ]}
        />
      </Panel>
      {dialog === 'edit' ? (
        <ProjectModal
          project={p}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            refresh();
          }}
        />
      ) : null}
      <FormDialog
        open={dialog === 'accept'}
        title={t('accept')}
        onClose={() => setDialog(null)}
        onSubmit={(v: { result: string }) => run(() => acceptProject(p.id, v.result))}
      >
        <Form.Item name="result" label={t('acceptResult')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormDialog>
      <FormDialog
        open={dialog === 'report'}
        title={t('report')}
        onClose={() => setDialog(null)}
        onSubmit={(v: { progress: number; note: string; spent?: number }) =>
          run(() => fileReport(p.id, { ...v, milestonesDone: [] }))
        }
      >
        <Form.Item name="progress" label={t('progress')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} />
        </Form.Item>
        <Form.Item name="note" label={t('note')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="spent" label={t('spent')}>
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
      </FormDialog>
      <FormDialog
        open={dialog === 'milestone'}
        title={t('addMilestone')}
        onClose={() => setDialog(null)}
        onSubmit={(v: { name: string; plannedDate: { format: (f: string) => string }; weight: number }) =>
          run(() => addMilestone(p.id, { ...v, plannedDate: v.plannedDate.format('YYYY-MM-DD') }))
        }
      >
        <Form.Item name="name" label={t('milestone')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="plannedDate" label={t('plannedDate')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="weight" label={t('milestoneWeight')} initialValue={1}>
          <InputNumber min={0} max={1000} />
        </Form.Item>
      </FormDialog>
      <FormDialog
        open={dialog === 'ticket'}
        title={t('linkTicket')}
        onClose={() => setDialog(null)}
        onSubmit={(v: { ticketId: string }) => run(() => linkTicket(p.id, v.ticketId))}
      >
        <Form.Item name="ticketId" label={t('ticketId')} rules={[{ required: true }]}>
          <TicketSelect />
        </Form.Item>
      </FormDialog>
    </PageFrame>
  );
}

/** A small modal form: its values go to onSubmit; the page refreshes and closes it on success. */
function FormDialog<T extends object>({
  open,
  title,
  onClose,
  onSubmit,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: (values: T) => Promise<void>;
  children: React.ReactNode;
}) {
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form<T>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async (v) => {
          setBusy(true);
          await onSubmit(v);
          setBusy(false);
        }}
      >
        {children}
      </Form>
    </Modal>
  );
}
