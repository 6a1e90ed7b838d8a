import { Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { PROJECT_CATEGORIES } from '../../../shared/projects';
import type { RoundDetail } from '../../../shared/selection';
import { addCandidate, type CandidateBody } from '../../modules/selection/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { TicketSelect } from '../projects/ticket-select';

type Props = { roundId: string; onClose: () => void; onSaved: (next: RoundDetail) => void };

/** 征集: a candidate from a resident's ticket or from a suggestion, with its estimated budget and category. */
export function CandidateModal({ roundId, onClose, onSaved }: Props) {
  const { t } = useTranslation(['selection', 'projects']);
  const [saved, setSaved] = useState<RoundDetail | null>(null);
  return (
    <RecordModal<CandidateBody>
      title={t('addCandidate')}
      fieldNames={['source', 'ticketId', 'name', 'summary', 'budget', 'placeId', 'category', 'proposer']}
      initialValues={{ source: 'suggestion', category: 'other' }}
      submit={async (v) => setSaved(await addCandidate(roundId, v))}
      onClose={onClose}
      onSaved={() => (saved ? onSaved(saved) : onClose())}
    >
      {(form) => (
        <>
          <Form.Item name="source" label={t('fields.source')}>
            <Select
              options={(['suggestion', 'ticket'] as const).map((s) => ({
                value: s,
                label: t(`sources.${s}`),
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.source !== b.source}>
            {() =>
              form.getFieldValue('source') === 'ticket' ? (
                <Form.Item name="ticketId" label={t('fields.ticket')} rules={[{ required: true }]}>
                  <TicketSelect />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item
            name="name"
            label={t('fields.name')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.candidateName, t('fields.name'))]}
          >
            <Input {...counted(TEXT_LIMITS.candidateName)} />
          </Form.Item>
          <Form.Item
            name="summary"
            label={t('fields.summary')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.candidateText, t('fields.summary'))]}
          >
            <Input.TextArea rows={3} {...counted(TEXT_LIMITS.candidateText)} />
          </Form.Item>
          <Form.Item name="budget" label={t('fields.budget')}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="category" label={t('fields.category')}>
            <Select
              options={PROJECT_CATEGORIES.map((c) => ({ value: c, label: t(`projects:categories.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="placeId" label={t('place')}>
            <PlaceTreeSelect style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="proposer" label={t('fields.proposer')}>
            <Input />
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}
