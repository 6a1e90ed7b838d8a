import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlaceTreeSelect } from '../places/place-tree-select';

type Props = { id: string; value: string | null; onChange: (id: string | null) => void };

/** The place whose figures a page shows: a label and the tree, wrapping under each other on a phone. */
export function PlaceField({ id, value, onChange }: Props) {
  const { t } = useTranslation('volunteer-figures');
  return (
    <Flex gap={8} align="center" wrap>
      <label htmlFor={id} style={{ whiteSpace: 'nowrap' }}>
        {t('figures.place')}
      </label>
      <PlaceTreeSelect
        id={id}
        value={value}
        allowClear={false}
        onChange={(next) => onChange(next ?? null)}
        style={{ width: 280, maxWidth: 'calc(100vw - 150px)' }}
      />
    </Flex>
  );
}
