import { ArrowLeftOutlined, DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Col, Empty, Row, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Tally } from '../../../shared/campaigns';
import {
  campaignKeys,
  exportCampaign,
  getCampaign,
  KIND_KEYS,
  listTallies,
  shareText,
} from '../../modules/campaigns/api';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { CampaignCurve } from './campaign-curve';
import { CampaignModal } from './campaign-modal';

/** One drive: its figures, the curve against the target and the planned pace, and the daily tallies. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['campaigns']);
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const detail = useQuery({ queryKey: campaignKeys.detail(id), queryFn: () => getCampaign(id) });
  const tallies = useQuery({ queryKey: campaignKeys.tallies(id), queryFn: () => listTallies(id) });
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/console/campaigns')}>
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
  const c = detail.data;
  if (!c) {
    return (
      <PageFrame title={t('title')} extra={back}>
        <LoadingState />
      </PageFrame>
    );
  }
  const f = c.figures;
  const up = c.kind === 'count_up';
  return (
    <PageFrame
      title={
        <>
          {c.name} <Tag color={up ? 'blue' : 'orange'}>{t(KIND_KEYS[c.kind])}</Tag>
        </>
      }
      description={`${c.placeName} · ${c.startsOn} – ${c.endsOn}${c.leadUnit ? ` · ${t('leadUnitValue', { unit: c.leadUnit })}` : ''}`}
      extra={
        <>
          {back}
          <Button icon={<DownloadOutlined />} onClick={() => void exportCampaign(id)}>
            {t('export')}
          </Button>
          {c.allowedActions.includes('edit') ? (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {tc('actions.edit')}
            </Button>
          ) : null}
        </>
      }
    >
      <Panel>
        <Row gutter={[24, 16]}>
          <Col xs={12} md={6}>
            {f.placeId === c.placeId ? null : <div style={{ color: '#888' }}>{t('partOnly')}</div>}
            <Statistic
              title={up ? t('done') : t('remaining')}
              value={f.value}
              suffix={up ? `/ ${c.target.toLocaleString()} ${c.unitLabel}` : c.unitLabel}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={up ? t('share') : t('cleared')} value={shareText(f.share)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={f.bestDay ? `${t('bestDay')}（${f.bestDay.day}）` : t('bestDay')}
              value={f.bestDay ? f.bestDay.count : '—'}
              suffix={f.bestDay ? c.unitLabel : ''}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('tallyDays')} value={f.tallyDays} suffix={`· ${t('places')} ${f.places}`} />
          </Col>
        </Row>
      </Panel>
      <Panel title={t('curve')}>
        {f.curve.length > 0 ? (
          <CampaignCurve
            campaign={c}
            names={{ value: up ? t('done') : t('remaining'), planned: t('planned'), target: t('target') }}
          />
        ) : (
          <Empty description={t('notStarted')} />
        )}
      </Panel>
      <Panel title={t('tallies')}>
        <Table<Tally>
          size="small"
          rowKey="id"
          loading={tallies.isPending}
          dataSource={tallies.data ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          locale={{ emptyText: t('noTallies') }}
          columns={[
            { title: t('day'), dataIndex: 'day', width: 120 },
            { title: t('place'), dataIndex: 'placeName' },
            {
              title: up ? t('count') : t('remaining'),
              dataIndex: 'count',
              align: 'right',
              render: (n: number) => `${n.toLocaleString()} ${c.unitLabel}`,
            },
            { title: t('note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
            { title: t('by'), dataIndex: 'enteredByName', render: (v: string | null) => v ?? '—' },
            {
              title: t('corrections'),
              dataIndex: 'corrections',
              render: (n: number) => (n > 0 ? <Tag>{t('correctedTimes', { count: n })}</Tag> : ''),
            },
          ]}
        />
      </Panel>
      {editing ? (
        <CampaignModal
          campaign={c}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void client.invalidateQueries({ queryKey: campaignKeys.all });
          }}
        />
      ) : null}
    </PageFrame>
  );
}
