import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { RectificationList } from '../../../shared/rectification';
import {
  createRectificationList,
  type ListBody,
  listRectificationLists,
  rectificationKeys,
} from '../../modules/rectification/api';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { counted, limitRule } from '../../ui/text-limit';
import { useCursorList } from '../../ui/use-cursor-list';
import { RecordModal } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';

type Filters = { placeId?: string };

/** 整改清单: the lists of the caller's area, each with its figures in one line. */
export function RectificationListsPage() {
  const { t } = useTranslation(['rectification']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [creating, setCreating] = useState(false);
  const list = useCursorList(rectificationKeys.lists(), filters, listRectificationLists);
  const canWrite = me.permissions.includes('rectification.write');
  const open = (id: string) => navigate(`/console/rectification/${id}`);
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
        <QueryForm<Filters> form={form} onSearch={(v) => setFilters({ ...v })}>
          <Form.Item name="placeId" label={t('place')}>
            <PlaceTreeSelect />
          </Form.Item>
        </QueryForm>
        <ListTable<RectificationList>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('emptyHint') : undefined}
          onRow={(l) => ({ onClick: () => open(l.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('name'),
              dataIndex: 'name',
              render: (name: string, l: RectificationList) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => open(l.id)}>
                  {name}
                </Button>
              ),
            },
            { title: t('place'), dataIndex: 'placeName' },
            { title: t('period'), dataIndex: 'period' },
            {
              title: t('figures.problems'),
              key: 'p',
              render: (_: unknown, l: RectificationList) => l.figures.problems,
            },
            {
              title: t('figures.measures'),
              key: 'm',
              render: (_: unknown, l: RectificationList) => l.figures.measures,
            },
            {
              title: t('figures.fixedAtOnce'),
              key: 'i',
              render: (_: unknown, l: RectificationList) => l.figures.fixedAtOnce,
            },
            {
              title: t('figures.overdue'),
              key: 'o',
              render: (_: unknown, l: RectificationList) =>
                l.figures.overdue > 0 ? <span style={{ color: '#cf1322' }}>{l.figures.overdue}</span> : 0,
            },
            {
              title: t('figures.closed'),
              key: 'c',
              render: (_: unknown, l: RectificationList) => l.figures.closed,
            },
          ]}
        />
      </Panel>
      {creating ? (
        <RecordModal<ListBody>
          title={t('createTitle')}
          fieldNames={['name', 'placeId', 'period']}
          initialValues={me.placeId ? { placeId: me.placeId } : {}}
          submit={(v) => createRectificationList(v)}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void client.invalidateQueries({ queryKey: rectificationKeys.all });
          }}
        >
          <Form.Item
            name="name"
            label={t('name')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.rectificationName, t('name'))]}
          >
            <Input {...counted(TEXT_LIMITS.rectificationName)} />
          </Form.Item>
          <Form.Item name="placeId" label={t('place')} rules={[{ required: true }]}>
            <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="period"
            label={t('period')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.rectificationPeriod, t('period'))]}
          >
            <Input {...counted(TEXT_LIMITS.rectificationPeriod)} placeholder="2026年" />
          </Form.Item>
        </RecordModal>
      ) : null}
    </PageFrame>
  );
}
