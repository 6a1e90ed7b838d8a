import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/places';
import { getUnit, listUnits } from '../../modules/units/api';

type Props = { value?: string[]; onChange?: (ids: string[]) => void; id?: string };

/** Picks the units an account works for, found by name as the user types. */
export function UnitSelect({ value = [], onChange, id }: Props) {
  const { t } = useTranslation(['console', 'accounts']);
  const [text, setText] = useState('');
  const [found, setFound] = useState<Unit[]>([]);
  const [known, setKnown] = useState<Record<string, Unit>>({});
  const [isLoading, setLoading] = useState(false);

  // Names for the units already chosen (an edited account arrives with ids only).
  useEffect(() => {
    const missing = value.filter((v) => !known[v]);
    if (missing.length === 0) {
      return;
    }
    void Promise.all(missing.map((unitId) => getUnit(unitId).catch(() => null))).then((units) =>
      setKnown((k) => ({ ...k, ...Object.fromEntries(units.flatMap((u) => (u ? [[u.id, u]] : []))) })),
    );
  }, [value, known]);

  useEffect(() => {
    let isCurrent = true;
    setLoading(true);
    const timer = setTimeout(() => {
      listUnits({ q: text, limit: 20 })
        .then((page) => isCurrent && setFound(page.items))
        .catch(() => isCurrent && setFound([]))
        .finally(() => isCurrent && setLoading(false));
    }, 250);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [text]);

  const options = [
    ...Object.values(known).filter((u) => value.includes(u.id)),
    ...found.filter((u) => !value.includes(u.id)),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={(ids: string[]) => {
        setKnown((k) => ({
          ...k,
          ...Object.fromEntries(found.filter((u) => ids.includes(u.id)).map((u) => [u.id, u])),
        }));
        onChange?.(ids);
      }}
      showSearch={{ filterOption: false, onSearch: setText }}
      notFoundContent={isLoading ? <Spin size="small" /> : t('accounts:noUnit')}
      placeholder={t('accounts:unitsPlaceholder')}
      options={options.map((u) => ({ value: u.id, label: `${u.name}（${u.placeName}）` }))}
    />
  );
}
