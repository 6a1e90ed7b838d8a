import { Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundDetail } from '../../../shared/selection';
import { moveRound } from '../../modules/selection/api';
import { useServingUnits } from '../../modules/units/api';
import { RecordModal } from '../common/record-modal';

type Values = Record<string, string | undefined>;
type Props = { round: RoundDetail; onClose: () => void; onSaved: (next: RoundDetail) => void };

/** 计票并确定项目: each winner of the live count gets a lead unit for its new project, or an existing project. */
export function DecideModal({ round, onClose, onSaved }: Props) {
  const { t } = useTranslation('selection');
  const units = useServingUnits(round.placeId);
  const [saved, setSaved] = useState<RoundDetail | null>(null);
  const winners = round.candidateList.filter((c) => c.isWinner);
  const submit = async (v: Values) =>
    setSaved(
      await moveRound(round.id, {
        action: 'decide',
        winners: winners.map((w) => ({ candidateId: w.id, leadUnitId: v[w.id] ?? '' })),
      }),
    );
  return (
    <RecordModal<Values>
      title={t('decideTitle')}
      fieldNames={['winners']}
      submit={submit}
      onClose={onClose}
      onSaved={() => (saved ? onSaved(saved) : onClose())}
      width={640}
    >
      <Typography.Paragraph type="secondary">
        {t('decideHint', { n: round.chooseCount })}
      </Typography.Paragraph>
      {winners.map((w) => (
        <Form.Item
          key={w.id}
          name={w.id}
          label={`${w.rank}. ${w.name}（${t('phone.votes', { count: w.votes ?? 0 })}）`}
          rules={[{ required: true }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('fields.leadUnit')}
            loading={units.isFetching}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      ))}
    </RecordModal>
  );
}
