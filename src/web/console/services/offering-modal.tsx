import { useQuery } from '@tanstack/react-query';
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { OFFERING_AUDIENCES, type OfferingAudience, VOLUNTEERS_NEEDED } from '../../../shared/services';
import { createOffering, type Offering, updateOffering } from '../../modules/services/api';
import { listUnits } from '../../modules/units/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';

type Values = {
  name: string;
  unitId: string;
  placeId: string;
  description?: string;
  audience: OfferingAudience;
  schedule?: string;
  location?: string;
  volunteersNeeded: number;
};
const FIELDS = [
  'name',
  'unitId',
  'placeId',
  'description',
  'audience',
  'schedule',
  'location',
  'volunteersNeeded',
];

/** The teams of the caller's area (志愿服务队) an offering can be served by. */
function TeamSelect(props: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const teams = useQuery({
    queryKey: ['units', 'list', { kind: 'volunteer_team', purpose: 'offering' }],
    queryFn: () => listUnits({ kind: 'volunteer_team', limit: 100 }),
  });
  return (
    <Select
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      loading={teams.isLoading}
      options={(teams.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}

/** Put a service on the menu (offering = null), or change one. */
export function OfferingModal({
  offering,
  onClose,
  onSaved,
}: {
  offering: Offering | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('services');
  const text = (v?: string) => (v?.trim() ? v.trim() : undefined);
  return (
    <RecordModal<Values>
      title={offering ? t('console.menu.edit') : t('console.menu.new')}
      fieldNames={FIELDS}
      initialValues={
        offering
          ? {
              name: offering.name,
              unitId: offering.unitId,
              placeId: offering.placeId,
              description: offering.description,
              audience: offering.audience,
              schedule: offering.schedule ?? undefined,
              location: offering.location ?? undefined,
              volunteersNeeded: offering.volunteersNeeded,
            }
          : { audience: 'all', volunteersNeeded: 1 }
      }
      submit={async (v) => {
        const body = {
          name: v.name.trim(),
          unitId: v.unitId,
          description: v.description?.trim() ?? '',
          audience: v.audience,
          schedule: text(v.schedule),
          location: text(v.location),
          volunteersNeeded: v.volunteersNeeded,
        };
        if (offering) {
          await updateOffering(offering.id, {
            ...body,
            schedule: body.schedule ?? null,
            location: body.location ?? null,
          });
        } else {
          await createOffering({ ...body, placeId: v.placeId });
        }
      }}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="name"
        label={t('console.menu.name')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.offeringName, t('console.menu.name'))]}
      >
        <Input {...counted(TEXT_LIMITS.offeringName)} placeholder="免费理发" />
      </Form.Item>
      <Form.Item name="unitId" label={t('console.menu.team')} rules={[{ required: true }]}>
        <TeamSelect />
      </Form.Item>
      {offering ? null : (
        <Form.Item name="placeId" label={t('console.menu.place')} rules={[{ required: true }]}>
          <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
      )}
      <Form.Item name="audience" label={t('console.menu.audience')} rules={[{ required: true }]}>
        <Select options={OFFERING_AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))} />
      </Form.Item>
      <Form.Item
        name="schedule"
        label={t('console.menu.schedule')}
        rules={[limitRule(TEXT_LIMITS.offeringText, t('console.menu.schedule'))]}
      >
        <Input {...counted(TEXT_LIMITS.offeringText)} />
      </Form.Item>
      <Form.Item
        name="location"
        label={t('console.menu.location')}
        rules={[limitRule(TEXT_LIMITS.offeringText, t('console.menu.location'))]}
      >
        <Input {...counted(TEXT_LIMITS.offeringText)} />
      </Form.Item>
      <Form.Item name="volunteersNeeded" label={t('console.menu.needed')} rules={[{ required: true }]}>
        <InputNumber min={VOLUNTEERS_NEEDED.min} max={VOLUNTEERS_NEEDED.max} precision={0} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('console.menu.description')}
        rules={[limitRule(TEXT_LIMITS.offeringDescription, t('console.menu.description'))]}
      >
        <Input.TextArea rows={3} {...counted(TEXT_LIMITS.offeringDescription)} />
      </Form.Item>
    </RecordModal>
  );
}
