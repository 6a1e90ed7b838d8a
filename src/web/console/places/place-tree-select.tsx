import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../../shared/places';
import { fetchAllPlaces, fetchRoots, usePlace } from '../../modules/places/api';
import { useSignedIn } from '../shell/gates';

type Node = { id: string; pId: string | null; value: string; title: string; isLeaf: boolean };

function nodeOf(p: Place, levelName: string): Node {
  return {
    id: p.id,
    pId: p.parentId,
    value: p.id,
    title: `${p.name}（${levelName}）`,
    isLeaf: p.childCount === 0,
  };
}

type Props = {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
};

/**
 * Picks a place from the account's own tree; branches load when opened. A value deeper than the loaded
 * branches (a drill-down, an address) is named from the server, never shown as its id.
 */
export function PlaceTreeSelect({ value, onChange, placeholder, allowClear = true, style, id }: Props) {
  const { t } = useTranslation(['console', 'places']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const [nodes, setNodes] = useState<Node[]>([]);
  const isLoaded = !value || nodes.some((n) => n.value === value);
  const detail = usePlace(isLoaded ? null : (value ?? null));
  const label = detail.data ? `${detail.data.name}（${tc(`levels.${detail.data.level}`)}）` : undefined;

  useEffect(() => {
    let isCurrent = true;
    fetchRoots(me.placeId)
      .then((roots) => {
        if (isCurrent) {
          setNodes(roots.map((p) => ({ ...nodeOf(p, tc(`levels.${p.level}`)), pId: null })));
        }
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [me.placeId, tc]);

  const load = async (parentId: string) => {
    const children = await fetchAllPlaces({ parentId });
    setNodes((current) => {
      const seen = new Set(current.map((n) => n.id));
      return [
        ...current,
        ...children.filter((c) => !seen.has(c.id)).map((c) => nodeOf(c, tc(`levels.${c.level}`))),
      ];
    });
  };

  return (
    <TreeSelect
      id={id}
      treeDataSimpleMode
      treeData={nodes}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(v: { value: string; label?: React.ReactNode } | undefined) => onChange?.(v?.value)}
      loadData={(node) => load(String(node.value))}
      placeholder={placeholder ?? t('places:pick')}
      allowClear={allowClear}
      showSearch={false}
      style={style ?? { width: 260 }}
      popupMatchSelectWidth={false}
    />
  );
}
