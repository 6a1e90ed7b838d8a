import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station, StationRoom } from '../../../shared/stations';
import {
  deleteRoom,
  deleteStationPhoto,
  getStation,
  hoursOn,
  listStationPhotos,
  revealStationContact,
  stationKeys,
  uploadStationPhotos,
} from '../../modules/stations/api';
import { MaskedText } from '../../ui/masked';
import { ErrorState, LoadingState } from '../../ui/states';
import { PhotoGallery } from '../common/photo-gallery';
import { useConfirmDelete } from '../common/use-delete';
import { RoomModal, weekdayName } from './room-modal';
import { WeekView } from './week-view';

/** A station's details: contact (masked, audited reveal), rooms with their hours, the week's bookings, photos. */
export function StationDrawer({
  stationId,
  canWrite,
  canBook,
  onClose,
}: {
  stationId: string;
  canWrite: boolean;
  canBook: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(['stations', 'console']);
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const station = useQuery({ queryKey: stationKeys.detail(stationId), queryFn: () => getStation(stationId) });
  const [revealed, setRevealed] = useState<{ contactName: string | null; phone: string | null } | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: stationKeys.all });
  const s = station.data;
  return (
    <Drawer
      open
      width={Math.min(960, window.innerWidth)}
      title={s?.name ?? t('stations:detail')}
      onClose={onClose}
    >
      {station.isPending ? <LoadingState /> : null}
      {station.isError ? <ErrorState error={station.error} onRetry={() => void station.refetch()} /> : null}
      {s ? (
        <>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('stations:kind')}>
              {tc(`stationKinds.${s.kind}`)} <Tag>{t(`stations:tiers.${s.tier as 1 | 2 | 3}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('stations:place')}>{s.placeName}</Descriptions.Item>
            <Descriptions.Item label={t('stations:parent')}>{s.parentName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('stations:children')}>{s.childCount}</Descriptions.Item>
            <Descriptions.Item label={t('stations:address')}>{s.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('stations:openingHours')}>{s.openingHours ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('stations:contact')}>
              <Space wrap size={[8, 0]}>
                <span style={{ whiteSpace: 'nowrap' }}>{revealed?.contactName ?? s.contactName ?? '—'}</span>
                {revealed ? revealed.phone : <MaskedText value={s.phone} />}
                {s.phone && !revealed ? (
                  <Tooltip title={t('stations:revealHint')}>
                    <Button
                      size="small"
                      type="link"
                      onClick={async () => setRevealed(await revealStationContact(s.id))}
                    >
                      {t('stations:reveal')}
                    </Button>
                  </Tooltip>
                ) : null}
              </Space>
            </Descriptions.Item>
          </Descriptions>
          <Tabs
            items={[
              {
                key: 'rooms',
                label: t('stations:tabRooms'),
                children: <RoomsTab station={s} canWrite={canWrite} onChanged={refresh} />,
              },
              {
                key: 'bookings',
                label: t('stations:tabBookings'),
                children: <WeekView station={s} canBook={canBook} />,
              },
              {
                key: 'photos',
                label: t('stations:tabPhotos'),
                children: <PhotosTab stationId={s.id} canWrite={canWrite} />,
              },
            ]}
          />
        </>
      ) : null}
    </Drawer>
  );
}

function RoomsTab({
  station,
  canWrite,
  onChanged,
}: {
  station: Station;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation(['stations']);
  const { t: tc } = useTranslation();
  const [editing, setEditing] = useState<StationRoom | 'new' | null>(null);
  const confirmDelete = useConfirmDelete(stationKeys.all);
  return (
    <>
      {canWrite ? (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
          {t('stations:addRoom')}
        </Button>
      ) : null}
      <Table<StationRoom>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={station.rooms}
        locale={{ emptyText: t('stations:noRooms') }}
        columns={[
          {
            title: t('stations:roomName'),
            dataIndex: 'name',
            render: (name: string, r: StationRoom) => (
              <>
                {name} {r.active ? null : <Tag>{t('stations:inactive')}</Tag>}
              </>
            ),
          },
          {
            title: t('stations:roomKind'),
            dataIndex: 'kind',
            render: (k: StationRoom['kind']) => t(`stations:roomKinds.${k}`),
          },
          { title: t('stations:capacity'), dataIndex: 'capacity', render: (v: number | null) => v ?? '—' },
          {
            title: t('stations:hours'),
            key: 'hours',
            render: (_: unknown, r: StationRoom) =>
              [1, 2, 3, 4, 5, 6, 7]
                .map((d) => [d, hoursOn(r.hours, d)] as const)
                .filter(([, h]) => h)
                .map(([d, h]) => (
                  <div key={d}>
                    <Typography.Text type="secondary">{weekdayName(d, i18n.language)}</Typography.Text> {h}
                  </div>
                )),
          },
          ...(canWrite
            ? [
                {
                  title: tc('actions.edit'),
                  key: 'actions',
                  render: (_: unknown, r: StationRoom) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        icon={<EditOutlined />}
                        aria-label={tc('actions.edit')}
                        onClick={() => setEditing(r)}
                      />
                      <Button
                        type="link"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={tc('actions.delete')}
                        onClick={() => confirmDelete(() => deleteRoom(station.id, r.id), r.name)}
                      />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <RoomModal
          stationId={station.id}
          room={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      ) : null}
    </>
  );
}

function PhotosTab({ stationId, canWrite }: { stationId: string; canWrite: boolean }) {
  const { t } = useTranslation(['stations']);
  return (
    <PhotoGallery
      queryKey={[...stationKeys.detail(stationId), 'photos']}
      list={() => listStationPhotos(stationId)}
      upload={(files) => uploadStationPhotos(stationId, files)}
      remove={(photoId) => deleteStationPhoto(stationId, photoId)}
      canWrite={canWrite}
      uploadText={t('stations:upload')}
      emptyText={t('stations:noPhotos')}
    />
  );
}
