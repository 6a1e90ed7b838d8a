// 述: the lead unit's statement of the month, shown, filed or edited by its author.
import { Button, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../shared/evaluations';
import { TEXT_LIMITS } from '../../../shared/limits';
import { editStatement, fileStatement } from '../../modules/evaluations/api';
import { useRun } from './use-run';

type Fields = { done: string; problems: string; nextSteps: string };

export function StatementPanel(props: {
  projectId: string;
  period: string;
  statement: Statement | null;
  mayState: boolean;
  isScored: boolean;
}) {
  const { t } = useTranslation('evaluations');
  const run = useRun();
  const [editing, setEditing] = useState(false);
  const s = props.statement;
  const mayEdit = s ? s.isMine && !props.isScored : props.mayState;
  if (s && !editing) {
    return (
      <>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('done')}>{s.done}</Descriptions.Item>
          <Descriptions.Item label={t('problems')}>{s.problems || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('nextSteps')}>{s.nextSteps || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('filedBy')}>
            {s.filedByName} · {s.updatedAt.slice(0, 10)}
          </Descriptions.Item>
        </Descriptions>
        {mayEdit ? (
          <Button style={{ marginTop: 8 }} onClick={() => setEditing(true)}>
            {t('editStatement')}
          </Button>
        ) : null}
      </>
    );
  }
  if (!mayEdit) {
    return <p>{t('noStatement')}</p>;
  }
  const max = TEXT_LIMITS.statementText.max;
  const submit = async (v: Fields) => {
    const body = { done: v.done, problems: v.problems ?? '', nextSteps: v.nextSteps ?? '' };
    const saved = await run(() =>
      s ? editStatement(s.id, body) : fileStatement(props.projectId, { ...body, period: props.period }),
    );
    if (saved) {
      setEditing(false);
    }
  };
  return (
    <Form<Fields> layout="vertical" initialValues={s ?? {}} onFinish={(v) => void submit(v)}>
      <Form.Item name="done" label={t('done')} rules={[{ required: true, min: 2, max, whitespace: true }]}>
        <Input.TextArea rows={3} showCount maxLength={max} />
      </Form.Item>
      <Form.Item name="problems" label={t('problems')} rules={[{ max }]}>
        <Input.TextArea rows={2} showCount maxLength={max} />
      </Form.Item>
      <Form.Item name="nextSteps" label={t('nextSteps')} rules={[{ max }]}>
        <Input.TextArea rows={2} showCount maxLength={max} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {s ? t('save') : t('fileStatement')}
      </Button>
    </Form>
  );
}
