import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { STATION_KINDS, type StationKind } from '../../../shared/roles';
import type { Station } from '../../../shared/stations';
import { createStation, updateStation } from '../../modules/stations/api';
import { counted, limitRule } from '../../ui/text-limit';
import { PhoneField } from '../common/phone-field';
import { RecordModal, withoutEmpty } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';

type Values = {
  placeId: string;
  kind: StationKind;
  name: string;
  address?: string;
  parentId?: string;
  openingHours?: string;
  contactName?: string;
  phone?: string;
};
const FIELDS = ['placeId', 'kind', 'parentId', 'name', 'address', 'openingHours', 'contactName', 'phone'];

/** Create a station (station = null) or edit one. */
export function StationModal({
  station,
  parents,
  onClose,
  onSaved,
}: {
  station: Station | null;
  /** The stations that may be chosen as parent (the server checks place and tier). */
  parents: Station[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['console', 'stations']);
  const { t: tc } = useTranslation();
  return (
    <RecordModal<Values>
      title={station ? t('stations:editTitle', { name: station.name }) : t('stations:createTitle')}
      fieldNames={FIELDS}
      initialValues={
        station
          ? {
              placeId: station.placeId,
              kind: station.kind,
              name: station.name,
              address: station.address ?? undefined,
              parentId: station.parentId ?? undefined,
              openingHours: station.openingHours ?? undefined,
              contactName: station.contactName ?? undefined,
            }
          : { kind: 'party_service_center' }
      }
      submit={(values) =>
        station ? updateStation(station.id, withoutEmpty(values)) : createStation(withoutEmpty(values))
      }
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="placeId" label={t('stations:place')} rules={[{ required: true }]}>
        <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="kind" label={t('stations:kind')} rules={[{ required: true }]}>
        <Select options={STATION_KINDS.map((k) => ({ value: k, label: tc(`stationKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('stations:name')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.placeName, t('stations:name'))]}
      >
        <Input {...counted(TEXT_LIMITS.placeName)} />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('stations:address')}
        rules={[limitRule(TEXT_LIMITS.address, t('stations:address'))]}
      >
        <Input {...counted(TEXT_LIMITS.address)} />
      </Form.Item>
      <Form.Item name="parentId" label={t('stations:parent')} extra={t('stations:parentHint')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={parents.filter((p) => p.id !== station?.id).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item
        name="openingHours"
        label={t('stations:openingHours')}
        rules={[limitRule(TEXT_LIMITS.openingHours, t('stations:openingHours'))]}
      >
        <Input {...counted(TEXT_LIMITS.openingHours)} placeholder={t('stations:openingHoursPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="contactName"
        label={t('stations:contactName')}
        rules={[limitRule(TEXT_LIMITS.personName, t('stations:contactName'))]}
      >
        <Input {...counted(TEXT_LIMITS.personName)} />
      </Form.Item>
      <PhoneField current={station?.phone ?? null} />
    </RecordModal>
  );
}
