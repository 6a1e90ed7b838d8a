import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATION_KINDS, type StationKind } from '../../../shared/roles';
import type { Station } from '../../../shared/stations';
import { deleteStation, listStations, type StationFilters, stationKeys } from '../../modules/stations/api';
import { ListTable } from '../../ui/list-table';
import { MaskedText } from '../../ui/masked';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { useCursorList } from '../../ui/use-cursor-list';
import { useConfirmDelete } from '../common/use-delete';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { StationModal } from './station-modal';

type Filters = StationFilters;

/** Stations (阵地): party service centres, civilization practice stations, service desks, rooms. */
export function StationsPage() {
  const { t } = useTranslation(['console', 'stations']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [editing, setEditing] = useState<Station | 'new' | null>(null);
  const list = useCursorList(stationKeys.lists(), filters, listStations);
  const confirmDelete = useConfirmDelete(stationKeys.all);
  const canWrite = me.permissions.includes('station.write');

  return (
    <PageFrame
      title={t('stations:title')}
      description={t('stations:description')}
      extra={
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {tc('actions.create')}
          </Button>
        ) : null
      }
    >
      <Panel>
        <QueryForm<Filters> form={form} onSearch={(v) => setFilters({ ...v })}>
          <Form.Item name="placeId" label={t('stations:place')}>
            <PlaceTreeSelect />
          </Form.Item>
          <Form.Item name="kind" label={t('stations:kind')}>
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('all')}
              options={STATION_KINDS.map((k) => ({ value: k, label: tc(`stationKinds.${k}`) }))}
            />
          </Form.Item>
        </QueryForm>
        <ListTable<Station>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('stations:emptyHint') : undefined}
          columns={[
            { title: t('stations:name'), dataIndex: 'name', fixed: 'left' },
            {
              title: t('stations:kind'),
              dataIndex: 'kind',
              render: (k: StationKind) => tc(`stationKinds.${k}`),
            },
            { title: t('stations:place'), dataIndex: 'placeName' },
            { title: t('stations:address'), dataIndex: 'address', render: (v: string | null) => v ?? '—' },
            { title: t('stations:parent'), dataIndex: 'parentName', render: (v: string | null) => v ?? '—' },
            {
              title: t('stations:rooms'),
              dataIndex: 'rooms',
              render: (rooms: Station['rooms']) =>
                rooms.length > 0 ? rooms.map((r) => <Tag key={r.id}>{r.name}</Tag>) : '—',
            },
            {
              title: t('stations:openingHours'),
              dataIndex: 'openingHours',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('stations:contactName'),
              dataIndex: 'contactName',
              render: (v: string | null) => v ?? '—',
            },
            { title: t('phone'), dataIndex: 'phone', render: (v: string | null) => <MaskedText value={v} /> },
            ...(canWrite
              ? [
                  {
                    title: t('operations'),
                    key: 'actions',
                    fixed: 'right' as const,
                    render: (_: unknown, station: Station) => (
                      <Space size={0}>
                        <Button type="link" onClick={() => setEditing(station)}>
                          {tc('actions.edit')}
                        </Button>
                        <Button
                          type="link"
                          danger
                          onClick={() => confirmDelete(() => deleteStation(station.id), station.name)}
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
        <StationModal
          station={editing === 'new' ? null : editing}
          parents={list.items}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void client.invalidateQueries({ queryKey: stationKeys.all });
          }}
        />
      ) : null}
    </PageFrame>
  );
}
