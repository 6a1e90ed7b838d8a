import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServingUnits } from '../../modules/units/api';

type Props = {
  /** Units serving this place (on it, above or below it); the caller's own area when absent. */
  placeId?: string | null;
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
};

/** Picks the unit a ticket is dispatched to (派单): searchable by name, with the place it sits on. */
export function UnitSelect({ placeId, value, onChange, id }: Props) {
  const { t } = useTranslation('tickets');
  const { t: tc } = useTranslation();
  const units = useServingUnits(placeId);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'search' }}
      loading={units.isLoading}
      placeholder={t('office.actionForm.unitHint')}
      notFoundContent={units.isLoading ? undefined : t('office.actionForm.noUnits')}
      options={(units.data ?? []).map((u) => ({
        value: u.id,
        search: `${u.name} ${u.placeName}`,
        label: (
          <span>
            {u.name}
            <span style={{ color: '#8c8c8c', marginLeft: 8 }}>
              {tc(`unitKinds.${u.kind}`)} · {u.placeName}
            </span>
          </span>
        ),
      }))}
    />
  );
}
