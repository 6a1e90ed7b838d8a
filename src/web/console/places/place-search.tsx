import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../../shared/places';
import type { PlaceLevel } from '../../../shared/roles';
import { searchPlaces } from '../../modules/places/api';

type Props = {
  /** Only places of this level (e.g. the possible parents of a move). */
  level?: PlaceLevel;
  /** Places that must not be offered (the node itself, its current parent). */
  exclude?: readonly string[];
  value?: string | null;
  onChange?: (id: string, place: Place) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
};

/** Finds a place by name or code as the user types (the tree may be too deep to click through). */
export function PlaceSearch({ level, exclude = [], value, onChange, placeholder, style, id }: Props) {
  const { t } = useTranslation(['console', 'places']);
  const { t: tc } = useTranslation();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Place[]>([]);
  const [isLoading, setLoading] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    setLoading(true);
    const timer = setTimeout(() => {
      searchPlaces(text, level)
        .then((items) => {
          if (isCurrent) {
            setOptions(items);
          }
        })
        .catch(() => {
          if (isCurrent) {
            setOptions([]);
          }
        })
        .finally(() => {
          if (isCurrent) {
            setLoading(false);
          }
        });
    }, 250);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [text, level]);

  const shown = options.filter((p) => !exclude.includes(p.id));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      placeholder={placeholder ?? t('places:searchPlaceholder')}
      notFoundContent={isLoading ? <Spin size="small" /> : t('places:noMatch')}
      onChange={(selected: string) => {
        const place = shown.find((p) => p.id === selected);
        if (place) {
          onChange?.(selected, place);
        }
      }}
      style={style}
      options={shown.map((p) => ({
        value: p.id,
        label: `${p.name}（${tc(`levels.${p.level}`)} · ${p.code}）`,
      }))}
    />
  );
}
