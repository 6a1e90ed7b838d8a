import { DownloadOutlined, PlusOutlined, SlidersOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Progress, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PROJECT_CATEGORIES, PROJECT_STATUSES, type Project } from '../../../shared/projects';
import { exportProjects, listProjects, type ProjectFilters, projectKeys } from '../../modules/projects/api';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { useCursorList } from '../../ui/use-cursor-list';
import { ExchangeToolbar } from '../exchange/exchange-toolbar';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { MarginsModal } from './margins-modal';
import { ProjectModal } from './project-modal';
import { StatusTag } from './status-tag';

type FormValues = Omit<ProjectFilters, 'asOf'> & { asOf?: Dayjs | null };

/** 重点民生项目: the list with planned against actual progress; projects behind stand out by colour and word. */
export function ProjectsPage() {
  const { t } = useTranslation(['projects', 'console']);
  const me = useSignedIn();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [filters, setFilters] = useState<ProjectFilters>({});
  const [creating, setCreating] = useState(false);
  const [tuning, setTuning] = useState(false);
  const list = useCursorList(projectKeys.lists(), filters, listProjects);
  const canWrite = me.permissions.includes('project.write');
  const search = (v: FormValues) => {
    const { asOf, ...rest } = v;
    setFilters({ ...rest, ...(asOf ? { asOf: asOf.format('YYYY-MM-DD') } : {}) });
  };

  return (
    <PageFrame
      title={t('title')}
      description={t('description')}
      extra={
        <>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void exportProjects(filters).catch((e: Error) => message.error(e.message))}
          >
            {t('exportProgress')}
          </Button>
          <Button icon={<SlidersOutlined />} onClick={() => setTuning(true)}>
            {t('margins.button')}
          </Button>
          <ExchangeToolbar
            kind="projects"
            canWrite={canWrite}
            placeId={filters.placeId}
            onImported={() => void client.invalidateQueries({ queryKey: projectKeys.all })}
          />
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          ) : null}
        </>
      }
    >
      <Panel>
        <QueryForm<FormValues> form={form} onSearch={search}>
          <Form.Item name="placeId" label={t('place')}>
            <PlaceTreeSelect />
          </Form.Item>
          <Form.Item name="status" label={t('status')}>
            <Select
              allowClear
              style={{ width: 150 }}
              placeholder={t('all')}
              options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="category" label={t('category')}>
            <Select
              allowClear
              style={{ width: 130 }}
              placeholder={t('all')}
              options={PROJECT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="q" label={t('name')}>
            <Input allowClear style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="asOf" label={t('asOf')}>
            <DatePicker />
          </Form.Item>
        </QueryForm>
        <ListTable<Project>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('emptyHint') : undefined}
          columns={[
            {
              title: t('name'),
              dataIndex: 'name',
              fixed: 'left',
              width: 280,
              render: (name: string, p: Project) => (
                <Link to={`/console/projects/${p.id}`}>
                  {name}
                  {p.childCount > 0 ? ` (${p.childCount})` : ''}
                </Link>
              ),
            },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 120,
              render: (s: Project['status']) => <StatusTag status={s} />,
            },
            {
              title: t('planned'),
              dataIndex: 'plannedProgress',
              width: 90,
              render: (v: number) => `${v}%`,
            },
            {
              title: t('actual'),
              dataIndex: 'actualProgress',
              width: 170,
              render: (v: number, p: Project) => (
                <Progress
                  percent={v}
                  size="small"
                  status={p.status === 'seriously_behind' || p.status === 'overdue' ? 'exception' : 'normal'}
                  format={(n) => `${n}%`}
                />
              ),
            },
            {
              title: t('level'),
              dataIndex: 'level',
              width: 90,
              render: (l: Project['level']) => t(`levels.${l}`),
            },
            {
              title: t('category'),
              dataIndex: 'category',
              width: 80,
              render: (c: Project['category']) => t(`categories.${c}`),
            },
            { title: t('place'), dataIndex: 'placeName', width: 110 },
            { title: t('leadUnit'), dataIndex: 'leadUnitName', width: 200 },
            { title: t('endDate'), dataIndex: 'endDate', width: 110 },
            {
              title: t('lastReport'),
              dataIndex: 'lastReportedOn',
              width: 110,
              render: (v: string | null) => v ?? t('noReport'),
            },
          ]}
          onRow={(p) => ({ onDoubleClick: () => void navigate(`/console/projects/${p.id}`) })}
        />
      </Panel>
      {creating ? (
        <ProjectModal
          project={null}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void client.invalidateQueries({ queryKey: projectKeys.all });
            void navigate(`/console/projects/${id}`);
          }}
        />
      ) : null}
      <MarginsModal open={tuning} onClose={() => setTuning(false)} />
    </PageFrame>
  );
}
