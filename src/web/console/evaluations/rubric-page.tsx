// The district's scoring rubric (评分细则): criteria with names and maximum points, set by the offices.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../shared/evaluations';
import { TEXT_LIMITS } from '../../../shared/limits';
import { useMe } from '../../modules/auth/session';
import { evaluationKeys, getRubric, setRubric } from '../../modules/evaluations/api';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { useRun } from './use-run';

export function RubricPage() {
  const { t } = useTranslation('evaluations');
  const me = useMe().data;
  const run = useRun();
  const [form] = Form.useForm<Rubric>();
  const query = useQuery({ queryKey: evaluationKeys.rubric, queryFn: getRubric });
  const total = Form.useWatch('criteria', form)?.reduce((sum, c) => sum + (c?.maxPoints ?? 0), 0);
  const mayEdit = me?.permissions.includes('evaluation.rubric') ?? false;
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!query.data) {
    return <LoadingState />;
  }
  const name = { max: TEXT_LIMITS.criterionName.max, required: true, whitespace: true };
  return (
    <PageFrame title={t('rubricTitle')} description={t('rubricDescription')}>
      <Panel>
        {query.data.isDefault ? (
          <Alert type="info" showIcon message={t('rubricDefault')} style={{ marginBottom: 12 }} />
        ) : null}
        <Form<Rubric>
          form={form}
          disabled={!mayEdit}
          initialValues={{ criteria: query.data.criteria }}
          onFinish={(v) => void run(() => setRubric(v))}
        >
          <Form.List name="criteria">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item
                      name={[f.name, 'key']}
                      label={t('criterionKey')}
                      rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{0,29}$/ }]}
                    >
                      <Input style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'nameZh']} label={t('nameZh')} rules={[name]}>
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'nameEn']} label={t('nameEn')} rules={[name]}>
                      <Input style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'maxPoints']}
                      label={t('maxPoints')}
                      rules={[{ required: true }]}
                    >
                      <InputNumber min={1} max={100} precision={0} />
                    </Form.Item>
                    <Button type="link" danger onClick={() => remove(f.name)} disabled={fields.length <= 1}>
                      {t('remove')}
                    </Button>
                  </Space>
                ))}
                <Space>
                  <Button
                    onClick={() => add({ key: '', nameZh: '', nameEn: '', maxPoints: 10 })}
                    disabled={fields.length >= 10}
                  >
                    {t('addCriterion')}
                  </Button>
                  <Typography.Text>{t('maxTotal', { total: total ?? query.data.maxTotal })}</Typography.Text>
                  <Button type="primary" htmlType="submit">
                    {t('save')}
                  </Button>
                </Space>
              </>
            )}
          </Form.List>
        </Form>
      </Panel>
    </PageFrame>
  );
}
