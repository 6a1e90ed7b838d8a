import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { Unit } from '../../../shared/places';
import { UNIT_KINDS, type UnitKind } from '../../../shared/roles';
import { createUnit, updateUnit } from '../../modules/units/api';
import { counted, limitRule } from '../../ui/text-limit';
import { PhoneField } from '../common/phone-field';
import { RecordModal, withoutEmpty } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';

type Values = {
  placeId: string;
  kind: UnitKind;
  name: string;
  code?: string;
  contactName?: string;
  phone?: string;
  description?: string;
};
const FIELDS = ['placeId', 'kind', 'name', 'code', 'contactName', 'phone', 'description'];

/** Create a unit (unit = null) or edit one. */
export function UnitModal({
  unit,
  onClose,
  onSaved,
}: {
  unit: Unit | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['console', 'places', 'units']);
  const { t: tc } = useTranslation();
  return (
    <RecordModal<Values>
      title={unit ? t('units:editTitle', { name: unit.name }) : t('units:createTitle')}
      fieldNames={FIELDS}
      initialValues={
        unit
          ? {
              placeId: unit.placeId,
              kind: unit.kind,
              name: unit.name,
              code: unit.code ?? undefined,
              contactName: unit.contactName ?? undefined,
              description: unit.description ?? undefined,
            }
          : { kind: 'department' }
      }
      submit={(values) =>
        unit ? updateUnit(unit.id, withoutEmpty(values)) : createUnit(withoutEmpty(values))
      }
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="placeId" label={t('units:place')} rules={[{ required: true }]}>
        <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="kind" label={t('units:kind')} rules={[{ required: true }]}>
        <Select options={UNIT_KINDS.map((k) => ({ value: k, label: tc(`unitKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('units:name')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.placeName, t('units:name'))]}
      >
        <Input {...counted(TEXT_LIMITS.placeName)} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('units:code')}
        rules={[
          { pattern: /^[A-Za-z0-9_-]+$/, message: t('places:codeFormat') },
          limitRule(TEXT_LIMITS.code, t('units:code')),
        ]}
      >
        <Input {...counted(TEXT_LIMITS.code)} />
      </Form.Item>
      <Form.Item
        name="contactName"
        label={t('units:contact')}
        rules={[limitRule(TEXT_LIMITS.personName, t('units:contact'))]}
      >
        <Input {...counted(TEXT_LIMITS.personName)} />
      </Form.Item>
      <PhoneField current={unit?.phone ?? null} />
      <Form.Item
        name="description"
        label={t('units:descriptionField')}
        rules={[limitRule(TEXT_LIMITS.unitDescription, t('units:descriptionField'))]}
      >
        <Input.TextArea rows={3} {...counted(TEXT_LIMITS.unitDescription)} />
      </Form.Item>
    </RecordModal>
  );
}
