import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { Round } from '../../../shared/selection';
import { createRound, listRounds, type RoundBody, selectionKeys } from '../../modules/selection/api';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { counted, limitRule } from '../../ui/text-limit';
import { useCursorList } from '../../ui/use-cursor-list';
import { RecordModal } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { RoundStateTag } from './state-tag';

type Filters = { placeId?: string; year?: number };

/** 民生实事票决: the rounds of the caller's area with their stage and counts. */
export function RoundsPage() {
  const { t } = useTranslation('selection');
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [creating, setCreating] = useState(false);
  const list = useCursorList(selectionKeys.lists(), filters, listRounds);
  const canWrite = me.permissions.includes('selection.write');
  const open = (id: string) => navigate(`/console/selection/${id}`);
  const year = new Date().getFullYear();
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
          <Form.Item name="year" label={t('year')}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        </QueryForm>
        <ListTable<Round>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('emptyHint') : undefined}
          onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('name'),
              dataIndex: 'name',
              render: (name: string, r: Round) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => open(r.id)}>
                  {name}
                </Button>
              ),
            },
            { title: t('place'), dataIndex: 'placeName' },
            { title: t('year'), dataIndex: 'year' },
            {
              title: t('state'),
              dataIndex: 'state',
              render: (_: unknown, r: Round) => <RoundStateTag state={r.state} />,
            },
            { title: t('candidates'), dataIndex: 'candidates' },
            { title: t('shortlisted'), dataIndex: 'shortlisted' },
            { title: t('chooseCount'), dataIndex: 'chooseCount' },
            { title: t('ballots'), key: 'b', render: (_: unknown, r: Round) => `${r.ballots} / ${r.voters}` },
          ]}
        />
      </Panel>
      {creating ? (
        <RecordModal<RoundBody>
          title={t('createTitle')}
          fieldNames={['name', 'placeId', 'year', 'chooseCount']}
          initialValues={{ year, chooseCount: 10, ...(me.placeId ? { placeId: me.placeId } : {}) }}
          submit={async (v) => open((await createRound(v)).id)}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void client.invalidateQueries({ queryKey: selectionKeys.all });
          }}
        >
          <Form.Item
            name="name"
            label={t('name')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.selectionName, t('name'))]}
          >
            <Input
              {...counted(TEXT_LIMITS.selectionName)}
              placeholder={`${year}年民生实事项目人大代表票决`}
            />
          </Form.Item>
          <Form.Item name="placeId" label={t('place')} rules={[{ required: true }]}>
            <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item name="year" label={t('year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="chooseCount" label={t('chooseCount')} rules={[{ required: true }]}>
            <InputNumber min={1} max={50} />
          </Form.Item>
        </RecordModal>
      ) : null}
    </PageFrame>
  );
}
