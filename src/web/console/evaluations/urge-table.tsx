// 督查 urges as a table: state (open, overdue, answered), the answer, and the lead unit's answer form.
import { Button, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Urge } from '../../../shared/evaluations';
import { TEXT_LIMITS } from '../../../shared/limits';
import { answerUrge } from '../../modules/evaluations/api';
import { useRun } from './use-run';

const STATE_COLOURS = { open: 'blue', overdue: 'red', answered: 'green' } as const;

export function UrgeTable(props: { urges: readonly Urge[]; loading: boolean; showProject?: boolean }) {
  const { t } = useTranslation('evaluations');
  const run = useRun();
  const [answering, setAnswering] = useState<Urge | null>(null);
  const [answer, setAnswer] = useState('');
  const send = async () => {
    if (answering && (await run(() => answerUrge(answering.id, answer.trim())))) {
      setAnswering(null);
      setAnswer('');
    }
  };
  return (
    <>
      <Table<Urge>
        rowKey="id"
        size="small"
        loading={props.loading}
        dataSource={[...props.urges]}
        pagination={{ pageSize: 20 }}
        columns={[
          ...(props.showProject
            ? [
                {
                  title: t('project'),
                  dataIndex: 'projectName',
                  render: (n: string, u: Urge) => <Link to={`/console/projects/${u.projectId}`}>{n}</Link>,
                },
              ]
            : []),
          { title: t('urgeMessage'), dataIndex: 'message' },
          {
            title: t('urgedBy'),
            key: 'by',
            width: 160,
            render: (_: unknown, u: Urge) => `${u.urgedByName} · ${u.urgedAt.slice(0, 10)}`,
          },
          { title: t('answerBy'), dataIndex: 'answerBy', width: 110 },
          {
            title: t('state'),
            dataIndex: 'state',
            width: 90,
            render: (s: Urge['state']) => <Tag color={STATE_COLOURS[s]}>{t(`urgeStates.${s}`)}</Tag>,
          },
          {
            title: t('answer'),
            key: 'answer',
            render: (_: unknown, u: Urge) =>
              u.answer ? (
                `${u.answer} — ${u.answeredByName ?? ''}`
              ) : u.canAnswer ? (
                <Button size="small" type="primary" onClick={() => setAnswering(u)}>
                  {t('answerUrge')}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Modal
        open={answering !== null}
        title={t('answerUrge')}
        okButtonProps={{ disabled: answer.trim().length < (TEXT_LIMITS.urgeText.min ?? 1) }}
        onOk={() => void send()}
        onCancel={() => setAnswering(null)}
      >
        <p>{answering?.message}</p>
        <Input.TextArea
          rows={3}
          showCount
          maxLength={TEXT_LIMITS.urgeText.max}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
        />
      </Modal>
    </>
  );
}
