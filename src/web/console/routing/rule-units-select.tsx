import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServingUnits } from '../../modules/units/api';

type Props = {
  /** The rule's place: the units serving it (on it, above or below it) are offered. */
  placeId: string | undefined;
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
};

/** A rule's units in the order picked: the first is the main handler (主办), marked so. */
export function RuleUnitsSelect({ placeId, value, onChange, id }: Props) {
  const { t } = useTranslation('routing');
  const { t: tc } = useTranslation();
  const units = useServingUnits(placeId ?? null);
  const nameOf = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      disabled={!placeId}
      loading={Boolean(placeId) && units.isLoading}
      placeholder={placeId ? t('unitPlaceholder') : t('pickPlaceFirst')}
      showSearch={{ optionFilterProp: 'search' }}
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
      tagRender={({ value: unitId, closable, onClose }) => {
        const position = (value ?? []).indexOf(String(unitId));
        return (
          <Tag
            closable={closable}
            onClose={onClose}
            color={position === 0 ? 'blue' : undefined}
            style={{ marginInlineEnd: 4 }}
          >
            {position === 0 ? `${t('main')} · ` : `${position + 1}. `}
            {nameOf.get(String(unitId)) ?? '…'}
          </Tag>
        );
      }}
    />
  );
}
