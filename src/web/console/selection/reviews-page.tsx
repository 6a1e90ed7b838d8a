import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, List, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Review } from '../../../shared/selection';
import { listReviews, reviewKeys } from '../../modules/selection/api';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { useCursorList } from '../../ui/use-cursor-list';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { ReviewModal } from './review-modal';

type Filters = { placeId?: string };
type Task = Review['tasks'][number];

/** 一月一调度: the monthly reviews of the caller's area, each with its decisions and what its tasks made. */
export function ReviewsPage() {
  const { t } = useTranslation('selection');
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [creating, setCreating] = useState(false);
  const list = useCursorList(reviewKeys.lists(), filters, listReviews);
  const canWrite = me.permissions.includes('review.write');
  return (
    <PageFrame
      title={t('review.title')}
      description={t('review.description')}
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
        <ListTable<Review>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('review.empty') : undefined}
          columns={[
            { title: t('review.heldOn'), dataIndex: 'heldOn', width: 120 },
            { title: t('review.name'), dataIndex: 'title' },
            { title: t('place'), dataIndex: 'placeName' },
            {
              title: t('review.attendees'),
              key: 'a',
              render: (_: unknown, r: Review) => r.attendees.join('、'),
            },
            {
              title: t('review.decisions'),
              key: 'd',
              render: (_: unknown, r: Review) => (
                <List size="small" dataSource={r.decisions} renderItem={(d) => <List.Item>{d}</List.Item>} />
              ),
            },
            {
              title: t('review.tasks'),
              key: 't',
              render: (_: unknown, r: Review) =>
                r.tasks.map((task) => <TaskLine key={task.id} task={task} />),
            },
          ]}
        />
      </Panel>
      {creating ? (
        <ReviewModal
          placeId={me.placeId}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void client.invalidateQueries({ queryKey: reviewKeys.all });
          }}
        />
      ) : null}
    </PageFrame>
  );
}

/** A task and a link to what it made. */
function TaskLine({ task }: { task: Task }) {
  const { t } = useTranslation('selection');
  const to = task.projectId
    ? `/console/projects/${task.projectId}`
    : task.ticketId
      ? `/console/tickets/${task.ticketId}`
      : task.roundId
        ? `/console/selection/${task.roundId}`
        : null;
  return (
    <div>
      <Tag>{t(`review.kinds.${task.kind}`)}</Tag>
      {to ? <Link to={to}>{task.title}</Link> : task.title}
    </div>
  );
}
