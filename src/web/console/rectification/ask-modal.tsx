import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { RectificationListDetail } from '../../../shared/rectification';
import { MEASURE_HORIZONS, PROBLEM_SOURCES } from '../../../shared/rectification-workflow';
import { addMeasure, addProblem, moveMeasure, moveProblem } from '../../modules/rectification/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal } from '../common/record-modal';

/** What the dialog asks for: a new problem or measure, a measure's evidence, or the reason for sending back. */
export type Asking =
  | { kind: 'problem'; listId: string }
  | { kind: 'measure'; listId: string; problemId: string }
  | { kind: 'evidence' | 'note'; listId: string; measureId: string }
  | { kind: 'problemNote'; listId: string; problemId: string };

type Values = Record<string, string | Dayjs | undefined>;
const str = (v: Values[string]) => (typeof v === 'string' ? v : '');

/** One dialog for every entry on a list: the fields follow `asking.kind`. */
export function AskModal({
  asking,
  onClose,
  onSaved,
}: {
  asking: Asking;
  onClose: () => void;
  onSaved: (next: RectificationListDetail) => void;
}) {
  const { t } = useTranslation(['rectification']);
  const result = useRef<RectificationListDetail | null>(null);
  const submit = async (v: Values) => {
    switch (asking.kind) {
      case 'problem':
        result.current = await addProblem(asking.listId, {
          source: str(v.source) as (typeof PROBLEM_SOURCES)[number],
          description: str(v.description),
          ownerUnit: str(v.ownerUnit),
        });
        break;
      case 'measure': {
        const deadline =
          v.deadline && typeof v.deadline !== 'string' ? v.deadline.format('YYYY-MM-DD') : undefined;
        result.current = await addMeasure(asking.listId, asking.problemId, {
          description: str(v.description),
          owner: str(v.owner),
          horizon: str(v.horizon) as (typeof MEASURE_HORIZONS)[number],
          ...(deadline ? { deadline } : {}),
        });
        break;
      }
      case 'evidence':
        result.current = await moveMeasure(asking.listId, asking.measureId, {
          action: 'complete',
          evidence: str(v.text),
        });
        break;
      case 'note':
        result.current = await moveMeasure(asking.listId, asking.measureId, {
          action: 'reopen',
          note: str(v.text),
        });
        break;
      case 'problemNote':
        result.current = await moveProblem(asking.listId, asking.problemId, {
          action: 'reopen',
          note: str(v.text),
        });
        break;
    }
  };
  const title = {
    problem: t('addProblem'),
    measure: t('addMeasure'),
    evidence: t('actions.complete'),
    note: t('actions.reopen'),
    problemNote: t('actions.reopenProblem'),
  }[asking.kind];
  return (
    <RecordModal<Values>
      title={title}
      fieldNames={[
        'source',
        'description',
        'ownerUnit',
        'owner',
        'horizon',
        'deadline',
        'evidence',
        'note',
        'text',
      ]}
      initialValues={asking.kind === 'problem' ? { source: 'self_inspection' } : { horizon: 'immediate' }}
      submit={submit}
      onClose={onClose}
      onSaved={() => {
        if (result.current) {
          onSaved(result.current);
        }
      }}
    >
      {asking.kind === 'problem' ? (
        <>
          <Form.Item name="source" label={t('source')} rules={[{ required: true }]}>
            <Select options={PROBLEM_SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) }))} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('problem')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.problemDescription, t('problem'))]}
          >
            <Input.TextArea rows={3} {...counted(TEXT_LIMITS.problemDescription)} />
          </Form.Item>
          <Form.Item name="ownerUnit" label={t('ownerUnit')} rules={[{ required: true }]}>
            <Input maxLength={TEXT_LIMITS.ownerUnit.max} />
          </Form.Item>
        </>
      ) : asking.kind === 'measure' ? (
        <>
          <Form.Item
            name="description"
            label={t('measure')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.measureText, t('measure'))]}
          >
            <Input.TextArea rows={3} {...counted(TEXT_LIMITS.measureText)} />
          </Form.Item>
          <Form.Item name="owner" label={t('owner')} rules={[{ required: true }]}>
            <Input maxLength={TEXT_LIMITS.ownerUnit.max} />
          </Form.Item>
          <Form.Item name="horizon" label={t('horizon')} rules={[{ required: true }]}>
            <Select options={MEASURE_HORIZONS.map((h) => ({ value: h, label: t(`horizons.${h}`) }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.horizon !== b.horizon}>
            {({ getFieldValue }) =>
              getFieldValue('horizon') === 'deadline' ? (
                <Form.Item name="deadline" label={t('deadline')} rules={[{ required: true }]}>
                  <DatePicker />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="text"
          label={asking.kind === 'evidence' ? t('evidence') : t('note')}
          rules={[
            { required: true },
            limitRule(
              asking.kind === 'evidence' ? TEXT_LIMITS.evidence : TEXT_LIMITS.moveNote,
              t('evidence'),
            ),
          ]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      )}
    </RecordModal>
  );
}
