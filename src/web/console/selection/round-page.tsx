import { ArrowLeftOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Space, Statistic, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { RoundDetail, Satisfaction } from '../../../shared/selection';
import { isAllowedIn, type RoundAction } from '../../../shared/selection-workflow';
import { exportRound, getRound, moveRound, selectionKeys } from '../../modules/selection/api';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { useSignedIn } from '../shell/gates';
import { CandidateModal } from './candidate-modal';
import { CandidatesTable } from './candidates-table';
import { DecideModal } from './decide-modal';
import { RoundStateTag } from './state-tag';
import { VotersModal } from './voters-modal';

type Dialog = 'candidate' | 'voters' | 'decide' | null;

/** One round: its counts, the moves the office may make, candidates (screening, live count), voters, satisfaction. */
export function RoundPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('selection');
  const { message } = App.useApp();
  const me = useSignedIn();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const detail = useQuery({ queryKey: selectionKeys.detail(id), queryFn: () => getRound(id) });
  const saved = (next: RoundDetail) => {
    client.setQueryData(selectionKeys.detail(id), next);
    void client.invalidateQueries({ queryKey: selectionKeys.lists() });
    setDialog(null);
  };
  const run = async (work: () => Promise<RoundDetail>) => {
    try {
      saved(await work());
      void message.success(t('saved'));
    } catch (error) {
      void message.error(errorText(error, t('saved')));
    }
  };
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/console/selection')}>
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
  if (!detail.data) {
    return <LoadingState />;
  }
  const r = detail.data;
  // The office of the round has moves in every stage but the last, where nothing is added or screened.
  const isOffice = me.permissions.includes('selection.write') && r.allowedActions.length > 0;
  const act = (action: RoundAction) =>
    action === 'decide' ? setDialog('decide') : void run(() => moveRound(id, { action }));
  return (
    <PageFrame
      title={
        <Space>
          {r.name}
          <RoundStateTag state={r.state} />
        </Space>
      }
      description={`${r.placeName} · ${r.year}`}
      extra={
        <Space wrap>
          {back}
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              void exportRound(r.id, r.name).catch((e: unknown) => message.error(errorText(e, t('export'))))
            }
          >
            {t('export')}
          </Button>
          {r.allowedActions.map((a) => (
            <Button key={a} type="primary" onClick={() => act(a)}>
              {t(`actions.${a}`)}
            </Button>
          ))}
        </Space>
      }
    >
      <Panel>
        <Flex gap={48} wrap>
          <Statistic title={t('candidates')} value={r.candidates} />
          <Statistic title={t('shortlisted')} value={r.shortlisted} />
          <Statistic title={t('chooseCount')} value={r.chooseCount} />
          <Statistic title={t('ballots')} value={r.ballots} suffix={`/ ${r.voters}`} />
        </Flex>
      </Panel>
      <Panel>
        <Tabs
          items={[
            {
              key: 'candidates',
              label: t('tabs.candidates'),
              children: (
                <>
                  {isOffice && isAllowedIn('addCandidate', r.state) ? (
                    <Button
                      icon={<PlusOutlined />}
                      style={{ marginBottom: 12 }}
                      onClick={() => setDialog('candidate')}
                    >
                      {t('addCandidate')}
                    </Button>
                  ) : null}
                  <CandidatesTable round={r} canWrite={isOffice} run={run} />
                </>
              ),
            },
            {
              key: 'voters',
              label: `${t('tabs.voters')} (${r.voters})`,
              children: (
                <>
                  {isOffice && isAllowedIn('registerVoter', r.state) ? (
                    <Button
                      icon={<PlusOutlined />}
                      style={{ marginBottom: 12 }}
                      onClick={() => setDialog('voters')}
                    >
                      {t('addVoters')}
                    </Button>
                  ) : null}
                  <Table
                    rowKey="accountId"
                    size="middle"
                    pagination={false}
                    dataSource={r.voterList}
                    columns={[
                      { title: t('fields.accounts'), dataIndex: 'name' },
                      { title: t('fields.role'), key: 'r', render: (_, v) => t(`roles.${v.role}`) },
                      {
                        title: t('ballots'),
                        key: 'h',
                        render: (_, v) =>
                          v.hasVoted ? <Tag color="green">{t('hasVoted')}</Tag> : <Tag>{t('notVoted')}</Tag>,
                      },
                    ]}
                  />
                </>
              ),
            },
            {
              key: 'satisfaction',
              label: t('tabs.satisfaction'),
              children: <SatisfactionTable rows={r.satisfaction} />,
            },
          ]}
        />
      </Panel>
      {dialog === 'candidate' ? (
        <CandidateModal roundId={id} onClose={() => setDialog(null)} onSaved={saved} />
      ) : null}
      {dialog === 'voters' ? (
        <VotersModal roundId={id} onClose={() => setDialog(null)} onSaved={saved} />
      ) : null}
      {dialog === 'decide' ? <DecideModal round={r} onClose={() => setDialog(null)} onSaved={saved} /> : null}
    </PageFrame>
  );
}

function SatisfactionTable({ rows }: { rows: Satisfaction[] }) {
  const { t } = useTranslation('selection');
  return (
    <Table<Satisfaction>
      rowKey="projectId"
      size="middle"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('fields.project'), dataIndex: 'name' },
        { title: t('ratings.satisfied'), dataIndex: 'satisfied' },
        { title: t('ratings.fairly_satisfied'), dataIndex: 'fairlySatisfied' },
        { title: t('ratings.dissatisfied'), dataIndex: 'dissatisfied' },
        { title: t('rate'), dataIndex: 'rate', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
      ]}
    />
  );
}
