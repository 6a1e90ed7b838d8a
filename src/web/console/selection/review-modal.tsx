import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { REVIEW_TASK_KINDS, type ReviewTaskKind } from '../../../shared/selection';
import { listProjects } from '../../modules/projects/api';
import { createReview, listRounds, type ReviewBody } from '../../modules/selection/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal, withoutEmpty } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';

type Task = {
  kind: ReviewTaskKind;
  title: string;
  detail?: string;
  projectId?: string;
  plannedDate?: Dayjs;
  roundId?: string;
};
type Values = {
  placeId: string;
  heldOn: Dayjs;
  title: string;
  attendees: string;
  decisions?: string;
  tasks?: Task[];
};

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** 记录调度会: date, place, attendees and decisions (one per line), and new tasks with what each becomes. */
export function ReviewModal({
  placeId,
  onClose,
  onSaved,
}: {
  placeId: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('selection');
  const projects = useQuery({
    queryKey: ['projects', 'list', 'review'],
    queryFn: () => listProjects({ limit: 100 }),
  });
  const rounds = useQuery({
    queryKey: ['selection', 'list', 'review'],
    queryFn: () => listRounds({ limit: 50 }),
  });
  const submit = (v: Values) =>
    createReview({
      placeId: v.placeId,
      heldOn: v.heldOn.format('YYYY-MM-DD'),
      title: v.title,
      attendees: lines(v.attendees),
      decisions: lines(v.decisions),
      tasks: (v.tasks ?? []).map((task) =>
        withoutEmpty({ ...task, plannedDate: task.plannedDate?.format('YYYY-MM-DD') }),
      ) as ReviewBody['tasks'],
    });
  return (
    <RecordModal<Values>
      title={t('review.createTitle')}
      fieldNames={['placeId', 'heldOn', 'title', 'attendees', 'decisions', 'tasks']}
      initialValues={{ heldOn: dayjs(), ...(placeId ? { placeId } : {}) }}
      submit={submit}
      onClose={onClose}
      onSaved={onSaved}
      width={760}
    >
      {(form) => (
        <>
          <Form.Item
            name="title"
            label={t('review.name')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.selectionName, t('review.name'))]}
          >
            <Input {...counted(TEXT_LIMITS.selectionName)} />
          </Form.Item>
          <Space size="large">
            <Form.Item name="heldOn" label={t('review.heldOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item
              name="placeId"
              label={t('place')}
              rules={[{ required: true }]}
              style={{ minWidth: 280 }}
            >
              <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Space>
          <Form.Item
            name="attendees"
            label={t('review.attendees')}
            extra={t('review.attendeesHint')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="decisions" label={t('review.decisions')} extra={t('review.decisionsHint')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.List name="tasks">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[f.name, 'kind']} rules={[{ required: true }]} style={{ width: 130 }}>
                      <Select
                        options={REVIEW_TASK_KINDS.map((k) => ({ value: k, label: t(`review.kinds.${k}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'title']} rules={[{ required: true }]} style={{ width: 220 }}>
                      <Input placeholder={t('review.taskTitle')} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() => {
                        const kind = form.getFieldValue(['tasks', f.name, 'kind']) as
                          | ReviewTaskKind
                          | undefined;
                        if (kind === 'milestone') {
                          return (
                            <Space>
                              <Form.Item
                                name={[f.name, 'projectId']}
                                rules={[{ required: true }]}
                                style={{ width: 200 }}
                              >
                                <Select
                                  showSearch
                                  optionFilterProp="label"
                                  placeholder={t('review.project')}
                                  options={(projects.data?.items ?? []).map((p) => ({
                                    value: p.id,
                                    label: p.name,
                                  }))}
                                />
                              </Form.Item>
                              <Form.Item name={[f.name, 'plannedDate']} rules={[{ required: true }]}>
                                <DatePicker placeholder={t('review.plannedDate')} />
                              </Form.Item>
                            </Space>
                          );
                        }
                        if (kind === 'candidate') {
                          return (
                            <Form.Item
                              name={[f.name, 'roundId']}
                              rules={[{ required: true }]}
                              style={{ width: 240 }}
                            >
                              <Select
                                placeholder={t('review.round')}
                                options={(rounds.data?.items ?? [])
                                  .filter((r) => r.state === 'collecting')
                                  .map((r) => ({ value: r.id, label: r.name }))}
                              />
                            </Form.Item>
                          );
                        }
                        return (
                          <Form.Item name={[f.name, 'detail']} style={{ width: 240 }}>
                            <Input placeholder={t('review.detail')} />
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                    <MinusCircleOutlined style={{ marginTop: 8 }} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'ticket' })}>
                  {t('review.addTask')}
                </Button>
              </>
            )}
          </Form.List>
        </>
      )}
    </RecordModal>
  );
}
