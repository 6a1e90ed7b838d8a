import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATION_KINDS, type StationKind } from '../../../shared/roles';
import type { Station } from '../../../shared/stations';
import { deleteStation, listAllStations, type StationFilters, stationKeys } from '../../modules/stations/api';
import { MaskedText } from '../../ui/masked';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { ErrorState } from '../../ui/states';
import { useConfirmDelete } from '../common/use-delete';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { StationDrawer } from './station-drawer';
import { StationModal } from './station-modal';

type Filters = StationFilters;
type Node = Station & { children?: Node[] };

/** The stations as the 所 → 站 → 点 tree: a station whose parent is not in the list stands at the top. */
function treeOf(stations: Station[]): Node[] {
  const nodes = new Map<string, Node>(stations.map((s) => [s.id, { ...s }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) {
      parent.children = [...(parent.children ?? []), node];
    } else {
      roots.push(node);
    }
  }
  const byTier = (a: Node, b: Node) => a.tier - b.tier || a.name.localeCompare(b.name, 'zh-CN');
  const sort = (list: Node[]): Node[] =>
    list.sort(byTier).map((n) => (n.children ? { ...n, children: sort(n.children) } : n));
  return sort(roots);
}

/** Stations (阵地): the tree of 所, 站 and 点, each with its rooms, bookings, contact and photos. */
export function StationsPage() {
  const { t } = useTranslation(['console', 'stations']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [editing, setEditing] = useState<Station | 'new' | null>(null);
  const [showing, setShowing] = useState<string | null>(null);
  const list = useQuery({
    queryKey: [...stationKeys.lists(), 'all', filters],
    queryFn: () => listAllStations(filters),
  });
  const tree = useMemo(() => treeOf(list.data ?? []), [list.data]);
  // The tree opens whole; what the user folds stays folded while the list refreshes.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const expanded = (list.data ?? []).filter((s) => s.childCount > 0 && !folded.has(s.id)).map((s) => s.id);
  const confirmDelete = useConfirmDelete(stationKeys.all);
  const canWrite = me.permissions.includes('station.write');
  const canBook = me.permissions.includes('station.book');

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
        {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<Node>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          dataSource={tree}
          pagination={false}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowKeys: expanded,
            onExpand: (open, s) =>
              setFolded((f) => {
                const next = new Set(f);
                open ? next.delete(s.id) : next.add(s.id);
                return next;
              }),
          }}
          locale={{ emptyText: canWrite ? t('stations:emptyHint') : undefined }}
          columns={[
            {
              title: t('stations:name'),
              dataIndex: 'name',
              fixed: 'left',
              width: 300,
              render: (name: string, s: Station) => (
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => setShowing(s.id)}
                >
                  <Tag color={['', 'red', 'orange', 'gold'][s.tier]}>
                    {t(`stations:tiers.${s.tier as 1 | 2 | 3}`)}
                  </Tag>
                  {name}
                </Button>
              ),
            },
            {
              title: t('stations:kind'),
              dataIndex: 'kind',
              width: 150,
              render: (k: StationKind) => tc(`stationKinds.${k}`),
            },
            { title: t('stations:place'), dataIndex: 'placeName', width: 110 },
            {
              title: t('stations:rooms'),
              dataIndex: 'rooms',
              render: (rooms: Station['rooms']) =>
                rooms.length > 0 ? rooms.map((r) => <Tag key={r.id}>{r.name}</Tag>) : '—',
            },
            {
              title: t('stations:contactName'),
              dataIndex: 'contactName',
              width: 90,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('phone'),
              dataIndex: 'phone',
              width: 140,
              render: (v: string | null) => <MaskedText value={v} />,
            },
            ...(canWrite
              ? [
                  {
                    title: t('operations'),
                    key: 'actions',
                    fixed: 'right' as const,
                    width: 130,
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
          parents={list.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void client.invalidateQueries({ queryKey: stationKeys.all });
          }}
        />
      ) : null}
      {showing ? (
        <StationDrawer
          stationId={showing}
          canWrite={canWrite}
          canBook={canBook}
          onClose={() => setShowing(null)}
        />
      ) : null}
    </PageFrame>
  );
}
