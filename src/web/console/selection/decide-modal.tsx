import { useQuery } from '@tanstack/react-query';
import { Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundDetail } from '../../../shared/selection';
import { listProjects } from '../../modules/projects/api';
import { moveRound, type RoundMoveBody } from '../../modules/selection/api';
import { useServingUnits } from '../../modules/units/api';
import { RecordModal } from '../common/record-modal';

type Target = { leadUnitId?: string; projectId?: string };
type Values = { winners?: Record<string, Target | undefined> };
type Props = { round: RoundDetail; onClose: () => void; onSaved: (next: RoundDetail) => void };

/**
 * 计票并确定项目: each winner of the live count gets a lead unit for its new project, or an existing project of the
 * area it becomes; the server names any winner left without either.
 */
export function DecideModal({ round, onClose, onSaved }: Props) {
  const { t } = useTranslation('selection');
  const units = useServingUnits(round.placeId);
  const projects = useQuery({
    queryKey: ['projects', 'list', 'decide', round.placeId],
    queryFn: () => listProjects({ placeId: round.placeId, limit: 100 }),
  });
  const [saved, setSaved] = useState<RoundDetail | null>(null);
  const winners = round.candidateList.filter((c) => c.isWinner);
  const submit = async (v: Values) =>
    setSaved(
      await moveRound(round.id, {
        action: 'decide',
        winners: winners.flatMap((w): NonNullable<RoundMoveBody['winners']> => {
          const target = v.winners?.[w.id];
          if (target?.projectId) {
            return [{ candidateId: w.id, projectId: target.projectId }];
          }
          return target?.leadUnitId ? [{ candidateId: w.id, leadUnitId: target.leadUnitId }] : [];
        }),
      }),
    );
  return (
    <RecordModal<Values>
      title={t('decideTitle')}
      fieldNames={['winners']}
      submit={submit}
      onClose={onClose}
      onSaved={() => (saved ? onSaved(saved) : onClose())}
      width={760}
    >
      <Typography.Paragraph type="secondary">
        {t('decideHint', { n: round.chooseCount })}
      </Typography.Paragraph>
      {winners.map((w) => (
        <Form.Item key={w.id} label={`${w.rank}. ${w.name}（${t('phone.votes', { count: w.votes ?? 0 })}）`}>
          <Space wrap>
            <Form.Item name={['winners', w.id, 'leadUnitId']} noStyle>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                style={{ width: 260 }}
                placeholder={t('fields.leadUnit')}
                loading={units.isFetching}
                options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
            <Form.Item name={['winners', w.id, 'projectId']} noStyle>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                style={{ width: 300 }}
                placeholder={t('fields.existingProject')}
                loading={projects.isFetching}
                options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
          </Space>
        </Form.Item>
      ))}
    </RecordModal>
  );
}
