import { ArrowLeftOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  type Measure,
  type Problem,
  RECTIFICATION_FIGURE_KEYS,
  type RectificationListDetail,
} from '../../../shared/rectification';
import {
  exportRectificationList,
  getRectificationList,
  moveMeasure,
  moveProblem,
  rectificationKeys,
} from '../../modules/rectification/api';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { type Asking, AskModal } from './ask-modal';

const STATE_COLORS = { open: 'default', done: 'processing', checked: 'success' } as const;

/** One 整改清单: its figures, then each problem with its measures and the moves the caller may make. */
export function RectificationListPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['rectification']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [asking, setAsking] = useState<Asking | null>(null);
  const detail = useQuery({
    queryKey: rectificationKeys.detail(id),
    queryFn: () => getRectificationList(id),
  });
  const saved = (next: RectificationListDetail) => {
    client.setQueryData(rectificationKeys.detail(id), next);
    void client.invalidateQueries({ queryKey: rectificationKeys.lists() });
  };
  const run = async (work: () => Promise<RectificationListDetail>) => {
    try {
      saved(await work());
      void message.success(t('saved'));
    } catch (error) {
      void message.error(errorText(error, t('saved')));
    }
  };
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/console/rectification')}>
      {t('back')}
    </Button>
  );
  if (detail.isError) {
    return (
      <PageFrame title={t('title')} extra={back}>
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </PageFrame>
    );
  }
  const list = detail.data;
  if (!list) {
    return (
      <PageFrame title={t('title')} extra={back}>
        <LoadingState />
      </PageFrame>
    );
  }
  const canAdd = list.allowedActions.includes('add_problem');

  const measureButtons = (m: Measure) => (
    <Space size={0} wrap>
      {m.allowedActions.map((action) =>
        action === 'check' ? (
          <Button key={action} type="link" onClick={() => void run(() => moveMeasure(id, m.id, { action }))}>
            {t('actions.check')}
          </Button>
        ) : (
          <Button
            key={action}
            type="link"
            danger={action === 'reopen'}
            onClick={() =>
              setAsking({ kind: action === 'complete' ? 'evidence' : 'note', measureId: m.id, listId: id })
            }
          >
            {t(`actions.${action}`)}
          </Button>
        ),
      )}
    </Space>
  );

  const problemButtons = (p: Problem) => (
    <Space size={0} wrap>
      {p.allowedActions.map((action) => {
        if (action === 'add_measure') {
          return (
            <Button
              key={action}
              type="link"
              icon={<PlusOutlined />}
              onClick={() => setAsking({ kind: 'measure', problemId: p.id, listId: id })}
            >
              {t('addMeasure')}
            </Button>
          );
        }
        if (action === 'close') {
          return (
            <Button
              key={action}
              type="link"
              onClick={() => void run(() => moveProblem(id, p.id, { action }))}
            >
              {t('actions.close')}
            </Button>
          );
        }
        return (
          <Button
            key={action}
            type="link"
            danger
            onClick={() => setAsking({ kind: 'problemNote', problemId: p.id, listId: id })}
          >
            {t('actions.reopenProblem')}
          </Button>
        );
      })}
    </Space>
  );

  return (
    <PageFrame
      title={list.name}
      description={`${list.placeName} · ${list.period} · ${t('summary', list.figures)}`}
      extra={
        <>
          {back}
          <Button icon={<DownloadOutlined />} onClick={() => void exportRectificationList(id)}>
            {t('export')}
          </Button>
          {canAdd ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAsking({ kind: 'problem', listId: id })}
            >
              {t('addProblem')}
            </Button>
          ) : null}
        </>
      }
    >
      <Panel>
        <Flex wrap gap={32}>
          {RECTIFICATION_FIGURE_KEYS.map((key) => (
            <div key={key}>
              <Statistic
                title={t(`figures.${key}`)}
                value={list.figures[key]}
                valueStyle={key === 'overdue' && list.figures.overdue > 0 ? { color: '#cf1322' } : undefined}
              />
            </div>
          ))}
        </Flex>
      </Panel>
      <Panel>
        <Table<Problem>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={list.problems}
          expandable={{
            defaultExpandAllRows: true,
            expandedRowRender: (p) => (
              <Table<Measure>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={p.measures}
                locale={{ emptyText: t('noMeasures') }}
                columns={[
                  {
                    title: t('measure'),
                    dataIndex: 'description',
                    width: '32%',
                    render: (d: string, m: Measure) => `${p.seq}.${m.seq} ${d}`,
                  },
                  { title: t('owner'), dataIndex: 'owner', width: 120 },
                  {
                    title: t('horizon'),
                    dataIndex: 'horizon',
                    width: 110,
                    render: (h: Measure['horizon']) => t(`horizons.${h}`),
                  },
                  {
                    title: t('deadline'),
                    dataIndex: 'deadline',
                    width: 130,
                    render: (d: string | null, m: Measure) => (
                      <>
                        {d ?? '—'} {m.isOverdue ? <Tag color="red">{t('overdueTag')}</Tag> : null}
                      </>
                    ),
                  },
                  {
                    title: t('state'),
                    dataIndex: 'state',
                    width: 130,
                    render: (s: Measure['state']) => (
                      <Tag color={STATE_COLORS[s]}>{t(`measureStates.${s}`)}</Tag>
                    ),
                  },
                  {
                    title: t('evidence'),
                    dataIndex: 'evidence',
                    render: (e: string | null) => (
                      <Typography.Text type="secondary" ellipsis={{ tooltip: e }} style={{ maxWidth: 220 }}>
                        {e ?? ''}
                      </Typography.Text>
                    ),
                  },
                  {
                    title: '',
                    key: 'actions',
                    width: 170,
                    render: (_: unknown, m: Measure) => measureButtons(m),
                  },
                ]}
              />
            ),
          }}
          columns={[
            { title: '#', dataIndex: 'seq', width: 50 },
            { title: t('problem'), dataIndex: 'description' },
            {
              title: t('source'),
              dataIndex: 'source',
              width: 110,
              render: (s: Problem['source']) => t(`sources.${s}`),
            },
            { title: t('ownerUnit'), dataIndex: 'ownerUnit', width: 130 },
            {
              title: t('state'),
              dataIndex: 'state',
              width: 100,
              render: (s: Problem['state']) => (
                <Tag color={s === 'closed' ? 'success' : 'default'}>{t(`problemStates.${s}`)}</Tag>
              ),
            },
            { title: '', key: 'actions', width: 200, render: (_: unknown, p: Problem) => problemButtons(p) },
          ]}
        />
      </Panel>
      {asking ? (
        <AskModal
          asking={asking}
          onClose={() => setAsking(null)}
          onSaved={(next) => {
            setAsking(null);
            saved(next);
          }}
        />
      ) : null}
    </PageFrame>
  );
}
