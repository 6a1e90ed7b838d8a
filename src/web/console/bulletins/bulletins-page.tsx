import { ThunderboltOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, message, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Bulletin } from '../../../shared/bulletins';
import { type BulletinFilters, bulletinKeys, listBulletins } from '../../modules/bulletins/api';
import { periodText } from '../../modules/bulletins/period';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { useCursorList } from '../../ui/use-cursor-list';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { StatusTag } from '../projects/status-tag';
import { useSignedIn } from '../shell/gates';
import { GenerateModal } from './generate-modal';
import { UrgingsPanel } from './urgings-panel';

/** 通报: the ten-day bulletins of the caller's area, the latest first, with their counts; 立即生成 for offices. */
export function BulletinsPage() {
  const { t } = useTranslation(['bulletins', 'console']);
  const me = useSignedIn();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<BulletinFilters>();
  const [filters, setFilters] = useState<BulletinFilters>({});
  const [generating, setGenerating] = useState(false);
  const list = useCursorList(bulletinKeys.lists(), filters, listBulletins);
  const canWrite = me.permissions.includes('bulletin.write');
  const open = (id: string) => navigate(`/console/bulletins/${id}`);
  return (
    <PageFrame
      title={t('title')}
      description={t('description')}
      extra={
        canWrite ? (
          <Button type="primary" icon={<ThunderboltOutlined />} onClick={() => setGenerating(true)}>
            {t('generate')}
          </Button>
        ) : null
      }
    >
      <Panel>
        <QueryForm<BulletinFilters> form={form} onSearch={(v) => setFilters({ ...v })}>
          <Form.Item name="placeId" label={t('place')}>
            <PlaceTreeSelect />
          </Form.Item>
        </QueryForm>
        <ListTable<Bulletin>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('emptyHint') : undefined}
          onRow={(b) => ({ onClick: () => open(b.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('period'),
              dataIndex: 'period',
              render: (period: string, b: Bulletin) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => open(b.id)}>
                  {periodText(t, period)}
                </Button>
              ),
            },
            { title: t('place'), dataIndex: 'placeName' },
            { title: t('asOf'), dataIndex: 'asOf' },
            { title: t('total'), key: 'total', render: (_: unknown, b: Bulletin) => b.counts.total },
            {
              title: t('status'),
              key: 'counts',
              render: (_: unknown, b: Bulletin) => (
                <Space size={4} wrap>
                  {(['on_track', 'behind', 'seriously_behind', 'overdue', 'done'] as const).map((s) => (
                    <span key={s}>
                      <StatusTag status={s} /> {b.counts[s]}
                    </span>
                  ))}
                </Space>
              ),
            },
            {
              title: t('generatedBy'),
              dataIndex: 'generatedByName',
              render: (name: string | null) => name ?? t('bySweep'),
            },
          ]}
        />
      </Panel>
      <UrgingsPanel />
      {generating ? (
        <GenerateModal
          placeId={me.placeId}
          onClose={() => setGenerating(false)}
          onDone={(b) => {
            setGenerating(false);
            void client.invalidateQueries({ queryKey: bulletinKeys.all });
            void message.success(t('generated'));
            void open(b.id);
          }}
        />
      ) : null}
    </PageFrame>
  );
}
