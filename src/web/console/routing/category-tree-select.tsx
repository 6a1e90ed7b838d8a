import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../../modules/tickets/api';

type Props = {
  value?: string;
  onChange?: (id: string | undefined) => void;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
};

/** Picks a category or a top category (a rule on a top category covers its subcategories); searchable. */
export function CategoryTreeSelect({ value, onChange, allowClear = true, style, id }: Props) {
  const { t } = useTranslation('routing');
  const categories = useCategories();
  const tree = useMemo(() => {
    const all = categories.data ?? [];
    return all
      .filter((c) => !c.parentId)
      .map((top) => ({
        value: top.id,
        title: top.name,
        children: all.filter((c) => c.parentId === top.id).map((c) => ({ value: c.id, title: c.name })),
      }));
  }, [categories.data]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      treeData={tree}
      loading={categories.isLoading}
      allowClear={allowClear}
      showSearch
      treeNodeFilterProp="title"
      placeholder={t('category')}
      style={style ?? { width: 200 }}
      popupMatchSelectWidth={false}
    />
  );
}
