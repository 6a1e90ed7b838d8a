import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Progress, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CAMPAIGN_KINDS } from '../../../shared/campaigns';
import {
  type CampaignFilters,
  campaignKeys,
  KIND_KEYS,
  listCampaigns,
  shareText,
} from '../../modules/campaigns/api';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { useCursorList } from '../../ui/use-cursor-list';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { CampaignModal } from './campaign-modal';

type Item = Awaited<ReturnType<typeof listCampaigns>>['items'][number];

/** 专项行动: the drives of the caller's area and above it, each with how far it has come. */
export function CampaignsPage() {
  const { t } = useTranslation(['campaigns', 'console']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<CampaignFilters>();
  const [filters, setFilters] = useState<CampaignFilters>({});
  const [creating, setCreating] = useState(false);
  const list = useCursorList(campaignKeys.lists(), filters, listCampaigns);
  const canWrite = me.permissions.includes('campaign.write');
  return (
    <PageFrame
      title={t('title')}
      description={t('description')}
      extra={
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {tc('actions.create')}
          </Button>
        ) : null
      }
    >
      <Panel>
        <QueryForm<CampaignFilters> form={form} onSearch={(v) => setFilters({ ...v })}>
          <Form.Item name="placeId" label={t('place')}>
            <PlaceTreeSelect />
          </Form.Item>
          <Form.Item name="kind" label={t('kind')}>
            <Select
              allowClear
              style={{ width: 160 }}
              placeholder={t('console:all')}
              options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
            />
          </Form.Item>
        </QueryForm>
        <ListTable<Item>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('emptyHint') : undefined}
          onRow={(c) => ({
            onClick: () => navigate(`/console/campaigns/${c.id}`),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: t('name'),
              dataIndex: 'name',
              render: (name: string, c: Item) => (
                <Button
                  type="link"
                  style={{ padding: 0 }}
                  onClick={() => navigate(`/console/campaigns/${c.id}`)}
                >
                  {name}
                </Button>
              ),
            },
            { title: t('place'), dataIndex: 'placeName' },
            {
              title: t('kind'),
              dataIndex: 'kind',
              render: (k: Item['kind']) => (
                <Tag color={k === 'down_to_zero' ? 'orange' : 'blue'}>{t(KIND_KEYS[k])}</Tag>
              ),
            },
            {
              title: t('progress'),
              key: 'progress',
              width: 260,
              render: (_: unknown, c: Item) => (
                <div>
                  <div>
                    {c.kind === 'count_up'
                      ? `${c.value.toLocaleString()} / ${c.target.toLocaleString()} ${c.unitLabel}`
                      : `${t('remaining')} ${c.value.toLocaleString()} ${c.unitLabel}`}
                  </div>
                  <Progress
                    percent={Math.round((c.share ?? 0) * 1000) / 10}
                    size="small"
                    format={() => shareText(c.share)}
                  />
                </div>
              ),
            },
            {
              title: t('period'),
              key: 'period',
              render: (_: unknown, c: Item) => `${c.startsOn} – ${c.endsOn}`,
            },
            { title: t('leadUnit'), dataIndex: 'leadUnit', render: (v: string | null) => v ?? '—' },
            {
              title: t('published'),
              dataIndex: 'isPublished',
              render: (v: boolean) => (v ? t('publishedYes') : t('publishedNo')),
            },
          ]}
        />
      </Panel>
      {creating ? (
        <CampaignModal
          campaign={null}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void client.invalidateQueries({ queryKey: campaignKeys.all });
          }}
        />
      ) : null}
    </PageFrame>
  );
}
