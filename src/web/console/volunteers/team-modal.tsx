import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { Team } from '../../../shared/volunteers';
import { listStations, stationKeys } from '../../modules/stations/api';
import { getTeam, updateTeam, volunteerKeys } from '../../modules/volunteers/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal } from '../common/record-modal';

type Values = { serviceBrand?: string; stationId?: string; leaderId?: string; skills?: string[] };
const FIELDS = ['serviceBrand', 'stationId', 'leaderId', 'skills'];

/** A team's service brand, station, leader (one of its members) and skills. */
export function TeamModal({
  team,
  onClose,
  onSaved,
}: {
  team: Team;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['console', 'volunteers']);
  const detail = useQuery({ queryKey: volunteerKeys.detail(team.id), queryFn: () => getTeam(team.id) });
  const stations = useQuery({
    queryKey: stationKeys.list({ placeId: team.placeId }),
    queryFn: () => listStations({ limit: 100 }),
  });
  return (
    <RecordModal<Values>
      title={t('volunteers:editTitle', { name: team.name })}
      fieldNames={FIELDS}
      initialValues={{
        serviceBrand: team.serviceBrand ?? undefined,
        stationId: team.stationId ?? undefined,
        leaderId: team.leaderId ?? undefined,
        skills: team.skills,
      }}
      submit={(v) =>
        updateTeam(team.id, {
          serviceBrand: v.serviceBrand?.trim() || null,
          stationId: v.stationId ?? null,
          leaderId: v.leaderId ?? null,
          skills: v.skills ?? [],
        })
      }
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="serviceBrand"
        label={t('volunteers:serviceBrand')}
        rules={[limitRule(TEXT_LIMITS.serviceBrand, t('volunteers:serviceBrand'))]}
      >
        <Input {...counted(TEXT_LIMITS.serviceBrand)} placeholder={t('volunteers:serviceBrandPlaceholder')} />
      </Form.Item>
      <Form.Item name="stationId" label={t('volunteers:station')}>
        <Select
          allowClear
          loading={stations.isPending}
          options={(stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <Form.Item name="leaderId" label={t('volunteers:leader')} extra={t('volunteers:leaderHint')}>
        <Select
          allowClear
          loading={detail.isPending}
          options={(detail.data?.members ?? []).map((m) => ({ value: m.accountId, label: m.displayName }))}
        />
      </Form.Item>
      <Form.Item name="skills" label={t('volunteers:skills')} extra={t('volunteers:skillsHint')}>
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
    </RecordModal>
  );
}
