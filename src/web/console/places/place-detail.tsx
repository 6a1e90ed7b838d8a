import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { childLevel } from '../../../shared/roles';
import { type PlaceDetail, usePlace } from '../../modules/places/api';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';

type Props = {
  id: string | null;
  onCreateChild: (parent: PlaceDetail) => void;
  onEdit: (place: PlaceDetail) => void;
  onMove: (place: PlaceDetail) => void;
  onDelete: (place: PlaceDetail) => void;
};

/** The selected node: where it sits, what it is, and the actions the server allows on it. */
export function PlaceDetailPanel({ id, onCreateChild, onEdit, onMove, onDelete }: Props) {
  const { t } = useTranslation(['console', 'places']);
  const { t: tc } = useTranslation();
  const detail = usePlace(id);
  if (id === null) {
    return <EmptyState description={t('places:pickHint')} />;
  }
  if (detail.isLoading) {
    return <LoadingState />;
  }
  if (detail.error || !detail.data) {
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const place = detail.data;
  const allowed = new Set(place.allowedActions);
  const below = childLevel(place.level);
  return (
    <div data-testid="place-detail">
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          ...place.ancestors.map((a) => ({ key: a.id, title: a.name })),
          { key: place.id, title: place.name },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Flex align="center" gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {place.name}
          </Typography.Title>
          <Tag color="red">{tc(`levels.${place.level}`)}</Tag>
        </Flex>
        <Flex gap={8} wrap>
          {allowed.has('create_child') && below ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => onCreateChild(place)}>
              {t('places:createChild', { level: tc(`levels.${below}`) })}
            </Button>
          ) : null}
          {allowed.has('update') ? (
            <Button icon={<EditOutlined />} onClick={() => onEdit(place)}>
              {tc('actions.edit')}
            </Button>
          ) : null}
          {allowed.has('move') ? (
            <Button icon={<DragOutlined />} onClick={() => onMove(place)}>
              {t('places:move')}
            </Button>
          ) : null}
          {/* Offered on every node the account may edit: when children or records remain, the server's
              refusal says what is still attached, which tells the user more than a hidden button. */}
          {allowed.has('delete') || allowed.has('update') ? (
            <Button danger icon={<DeleteOutlined />} onClick={() => onDelete(place)}>
              {tc('actions.delete')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Descriptions
        bordered
        column={2}
        size="middle"
        items={[
          { key: 'name', label: t('places:name'), children: place.name },
          { key: 'code', label: t('places:code'), children: place.code },
          { key: 'level', label: t('places:level'), children: tc(`levels.${place.level}`) },
          {
            key: 'parent',
            label: t('places:parent'),
            children: place.ancestors.at(-1)?.name ?? t('places:noParent'),
          },
          { key: 'sort', label: t('places:sort'), children: place.sort },
          { key: 'children', label: t('places:childCount'), children: place.childCount },
        ]}
      />
    </div>
  );
}
