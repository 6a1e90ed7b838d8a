// 评: a leader's score sheet on the district's rubric (the sheet once filed keeps its own rubric).
import { Button, Form, Input, InputNumber, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Criterion, ScoreSheet } from '../../../shared/evaluations';
import { TEXT_LIMITS } from '../../../shared/limits';
import { editScore, fileScore } from '../../modules/evaluations/api';
import { useRun } from './use-run';

type Fields = { points: Record<string, number>; note?: string };

/** A criterion's name in the interface's language. */
export function criterionName(c: Criterion, language: string): string {
  return language === 'en-US' ? c.nameEn : c.nameZh;
}

export function ScorePanel(props: {
  projectId: string;
  period: string;
  rubric: readonly Criterion[];
  sheets: readonly ScoreSheet[];
  mayScore: boolean;
}) {
  const { t, i18n } = useTranslation('evaluations');
  const run = useRun();
  const mine = props.sheets.find((s) => s.isMine);
  const criteria = mine?.criteria ?? props.rubric;
  const submit = (v: Fields) => {
    const body = { points: v.points, ...(v.note ? { note: v.note } : {}) };
    void run(() =>
      mine ? editScore(mine.id, body) : fileScore(props.projectId, { ...body, period: props.period }),
    );
  };
  return (
    <>
      <Table<ScoreSheet>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...props.sheets]}
        columns={[
          { title: t('scorer'), dataIndex: 'scorerName' },
          ...props.rubric.map((c) => ({
            key: c.key,
            title: `${criterionName(c, i18n.language)} (${c.maxPoints})`,
            render: (_: unknown, s: ScoreSheet) => s.criteria.find((x) => x.key === c.key)?.points ?? '—',
          })),
          { title: t('total'), dataIndex: 'total' },
          { title: t('note'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
        ]}
      />
      {props.mayScore ? (
        <Form<Fields>
          key={mine?.id ?? 'new'}
          layout="inline"
          style={{ marginTop: 12, rowGap: 8 }}
          initialValues={
            mine
              ? {
                  points: Object.fromEntries(mine.criteria.map((c) => [c.key, c.points])),
                  note: mine.note ?? '',
                }
              : {}
          }
          onFinish={submit}
        >
          {criteria.map((c) => (
            <Form.Item
              key={c.key}
              name={['points', c.key]}
              label={`${criterionName(c, i18n.language)} ≤ ${c.maxPoints}`}
              rules={[{ required: true, type: 'integer', min: 0, max: c.maxPoints }]}
            >
              <InputNumber min={0} max={c.maxPoints} precision={0} />
            </Form.Item>
          ))}
          <Form.Item name="note" label={t('note')} rules={[{ max: TEXT_LIMITS.scoreNote.max }]}>
            <Input maxLength={TEXT_LIMITS.scoreNote.max} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {mine ? t('editScore') : t('fileScore')}
          </Button>
        </Form>
      ) : null}
    </>
  );
}
