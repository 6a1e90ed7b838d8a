import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { Unit } from '../../../shared/places';
import { UNIT_KINDS, type UnitKind } from '../../../shared/roles';
import { deleteUnit, listUnits, type UnitFilters, unitKeys } from '../../modules/units/api';
import { ListTable } from '../../ui/list-table';
import { MaskedText } from '../../ui/masked';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { counted, limitRule } from '../../ui/text-limit';
import { useCursorList } from '../../ui/use-cursor-list';
import { useConfirmDelete } from '../common/use-delete';
import { ExchangeToolbar } from '../exchange/exchange-toolbar';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { UnitModal } from './unit-modal';

type Filters = UnitFilters;

/** Responsible units: departments, party organisations, property companies, volunteer teams. */
export function UnitsPage() {
  const { t } = useTranslation(['console', 'units']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const list = useCursorList(unitKeys.lists(), filters, listUnits);
  const confirmDelete = useConfirmDelete(unitKeys.all);
  const canWrite = me.permissions.includes('unit.write');
  const refresh = () => void client.invalidateQueries({ queryKey: unitKeys.all });

  return (
    <PageFrame
      title={t('units:title')}
      description={t('units:description')}
      extra={
        <>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {tc('actions.create')}
            </Button>
          ) : null}
          <ExchangeToolbar kind="units" canWrite={canWrite} placeId={filters.placeId} onImported={refresh} />
        </>
      }
    >
      <Panel>
        <QueryForm<Filters> form={form} onSearch={(v) => setFilters({ ...v })}>
          <Form.Item name="placeId" label={t('units:place')}>
            <PlaceTreeSelect />
          </Form.Item>
          <Form.Item name="kind" label={t('units:kind')}>
            <Select
              allowClear
              style={{ width: 160 }}
              placeholder={t('all')}
              options={UNIT_KINDS.map((k) => ({ value: k, label: tc(`unitKinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="q" label={t('keyword')} rules={[limitRule(TEXT_LIMITS.listSearch, t('keyword'))]}>
            <Input
              allowClear
              {...counted(TEXT_LIMITS.listSearch, true)}
              placeholder={t('units:qPlaceholder')}
              style={{ width: 200 }}
            />
          </Form.Item>
        </QueryForm>
        <ListTable<Unit>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('units:emptyHint') : undefined}
          columns={[
            { title: t('units:name'), dataIndex: 'name', fixed: 'left' },
            { title: t('units:kind'), dataIndex: 'kind', render: (k: UnitKind) => tc(`unitKinds.${k}`) },
            { title: t('units:place'), dataIndex: 'placeName' },
            { title: t('units:code'), dataIndex: 'code', render: (v: string | null) => v ?? '—' },
            { title: t('units:contact'), dataIndex: 'contactName', render: (v: string | null) => v ?? '—' },
            { title: t('phone'), dataIndex: 'phone', render: (v: string | null) => <MaskedText value={v} /> },
            ...(canWrite
              ? [
                  {
                    title: t('operations'),
                    key: 'actions',
                    fixed: 'right' as const,
                    render: (_: unknown, unit: Unit) => (
                      <Space size={0}>
                        <Button type="link" onClick={() => setEditing(unit)}>
                          {tc('actions.edit')}
                        </Button>
                        <Button
                          type="link"
                          danger
                          onClick={() => confirmDelete(() => deleteUnit(unit.id), unit.name)}
                        >
                          {tc('actions.delete')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Panel>
      {editing ? (
        <UnitModal
          unit={editing === 'new' ? null : editing}
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
