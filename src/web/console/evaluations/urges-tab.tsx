// 督查 on a project's desk page: its urges with the lead unit's answers, and the urge form for supervisors and
// offices.
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { useMe } from '../../modules/auth/session';
import { evaluationKeys, listProjectUrges, urgeProject } from '../../modules/evaluations/api';
import { UrgeTable } from './urge-table';
import { useRun } from './use-run';

type Fields = { message: string; answerBy: Dayjs };

export function UrgesTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('evaluations');
  const me = useMe().data;
  const run = useRun();
  const [form] = Form.useForm<Fields>();
  const query = useQuery({
    queryKey: evaluationKeys.urges(projectId),
    queryFn: () => listProjectUrges(projectId),
  });
  const submit = async (v: Fields) => {
    const body = { message: v.message, answerBy: v.answerBy.format('YYYY-MM-DD') };
    if (await run(() => urgeProject(projectId, body))) {
      form.resetFields();
    }
  };
  return (
    <>
      {me?.permissions.includes('project.urge') ? (
        <Form<Fields>
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="message"
            label={t('urgeMessage')}
            rules={[{ required: true, whitespace: true, min: 2, max: TEXT_LIMITS.urgeText.max }]}
          >
            <Input style={{ width: 360 }} maxLength={TEXT_LIMITS.urgeText.max} />
          </Form.Item>
          <Form.Item name="answerBy" label={t('answerBy')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('urge')}
          </Button>
        </Form>
      ) : null}
      <UrgeTable urges={query.data ?? []} loading={query.isPending} />
    </>
  );
}
