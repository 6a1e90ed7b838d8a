import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '../../../shared/routing';
import { deleteRule, listRules, type RuleFilters, routingKeys } from '../../modules/routing/api';
import { useServingUnits } from '../../modules/units/api';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { dayOf, formatTime } from '../../ui/time';
import { useCursorList } from '../../ui/use-cursor-list';
import { useConfirmDelete } from '../common/use-delete';
import { ExchangeToolbar } from '../exchange/exchange-toolbar';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { CategoryTreeSelect } from './category-tree-select';
import { RuleModal } from './rule-modal';

/**
 * 派单目录: for a category at a place, the units responsible, in order. Rules set above the caller's node show
 * read-only: they decide the caller's dispatch, and the caller may add a more specific rule.
 */
export function RoutingPage() {
  const { t } = useTranslation(['console', 'routing']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const [form] = Form.useForm<RuleFilters>();
  const [filters, setFilters] = useState<RuleFilters>({});
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);
  const list = useCursorList(routingKeys.lists(), filters, listRules);
  const confirmDelete = useConfirmDelete(routingKeys.all);
  const canWrite = me.permissions.includes('routing.write');
  const refresh = () => void client.invalidateQueries({ queryKey: routingKeys.all });
  const ruleName = (r: RoutingRule) =>
    t('routing:ruleName', { place: r.placeName, category: categoryText(r) });

  return (
    <PageFrame
      title={t('routing:title')}
      description={t('routing:description')}
      extra={
        <>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {tc('actions.create')}
            </Button>
          ) : null}
          <ExchangeToolbar
            kind="routing"
            canWrite={canWrite}
            placeId={filters.placeId}
            onImported={refresh}
          />
        </>
      }
    >
      <Panel>
        <QueryForm<RuleFilters> form={form} onSearch={(v) => setFilters({ ...v })}>
          <Form.Item name="placeId" label={t('routing:place')}>
            <PlaceTreeSelect />
          </Form.Item>
          <Form.Item name="categoryId" label={t('routing:category')}>
            <CategoryTreeSelect />
          </Form.Item>
          <Form.Item name="unitId" label={t('routing:unit')}>
            <UnitFilter />
          </Form.Item>
        </QueryForm>
        <ListTable<RoutingRule>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('routing:emptyHint') : undefined}
          columns={[
            {
              title: t('routing:place'),
              key: 'place',
              render: (_, r) => (
                <Space size={4} wrap={false}>
                  <span title={tc(`levels.${r.placeLevel}`)}>{r.placeName}</span>
                  {canWrite && r.allowedActions.length === 0 ? (
                    <Tooltip title={t('routing:aboveHint')}>
                      <Tag color="default">{t('routing:above')}</Tag>
                    </Tooltip>
                  ) : null}
                </Space>
              ),
            },
            { title: t('routing:category'), key: 'category', render: (_, r) => categoryText(r) },
            {
              title: t('routing:units'),
              key: 'units',
              render: (_, r) => (
                <Space size={[4, 4]} wrap>
                  {r.units.map((u, i) => (
                    <Tag key={u.id} color={i === 0 ? 'blue' : undefined} title={u.placeName}>
                      {i === 0 ? `${t('routing:main')} · ` : ''}
                      {u.name}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('routing:updatedAt'),
              dataIndex: 'updatedAt',
              render: (at: string) => (
                <Typography.Text type="secondary" title={formatTime(at)}>
                  {dayOf(at)}
                </Typography.Text>
              ),
            },
            ...(canWrite
              ? [
                  {
                    title: t('operations'),
                    key: 'actions',
                    fixed: 'right' as const,
                    render: (_: unknown, r: RoutingRule) =>
                      r.allowedActions.length > 0 ? (
                        <Space size={0}>
                          <Button type="link" onClick={() => setEditing(r)}>
                            {tc('actions.edit')}
                          </Button>
                          <Button
                            type="link"
                            danger
                            onClick={() => confirmDelete(() => deleteRule(r.id), ruleName(r))}
                          >
                            {tc('actions.delete')}
                          </Button>
                        </Space>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Panel>
      {editing ? (
        <RuleModal
          rule={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
    </PageFrame>
  );
}

/** 市容环境 / 垃圾清运, or the top category's name. */
function categoryText(r: RoutingRule): string {
  return r.parentCategoryName ? `${r.parentCategoryName} / ${r.categoryName}` : r.categoryName;
}

/** The units of the caller's area, to filter the rules naming one. */
function UnitFilter(props: { value?: string; onChange?: (id: string | undefined) => void; id?: string }) {
  const { t } = useTranslation(['console', 'routing']);
  const units = useServingUnits(null);
  return (
    <Select
      {...props}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={units.isLoading}
      placeholder={t('all')}
      style={{ width: 220 }}
      popupMatchSelectWidth={false}
      options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}
