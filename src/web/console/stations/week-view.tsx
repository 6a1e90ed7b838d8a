import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { Booking, Station, StationRoom } from '../../../shared/stations';
import {
  type BookingBody,
  bookingKeys,
  bookRoom,
  cancelBooking,
  hoursOn,
  listBookings,
} from '../../modules/stations/api';
import { ErrorState } from '../../ui/states';
import { counted, limitRule } from '../../ui/text-limit';
import { dayOf, formatTime, startOfDay, today, weekdayOf } from '../../ui/time';
import { RecordModal } from '../common/record-modal';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockOf = (instant: string) => formatTime(instant, 'short').slice(6);

/** The Monday of a day's week, as YYYY-MM-DD. */
function mondayOf(day: string): string {
  const d = dayjs(day);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** A station's bookings as a week: one row per room, one column per day; the office books from here. */
export function WeekView({ station, canBook }: { station: Station; canBook: boolean }) {
  const { t, i18n } = useTranslation(['stations']);
  const client = useQueryClient();
  const [from, setFrom] = useState(() => mondayOf(today().format('YYYY-MM-DD')));
  const [booking, setBooking] = useState(false);
  const bookings = useQuery({
    queryKey: bookingKeys.week(station.id, from),
    queryFn: () => listBookings(station.id, from),
  });
  const days = Array.from({ length: 7 }, (_, i) => dayjs(from).add(i, 'day').format('YYYY-MM-DD'));
  const refresh = () => void client.invalidateQueries({ queryKey: ['stations', 'bookings', station.id] });
  const cancel = async (b: Booking) => {
    await cancelBooking(station.id, b.id);
    refresh();
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button
          icon={<LeftOutlined />}
          aria-label={t('stations:prevWeek')}
          onClick={() => setFrom(dayjs(from).subtract(7, 'day').format('YYYY-MM-DD'))}
        />
        <Typography.Text strong>
          {from} – {days[6]}
        </Typography.Text>
        <Button
          icon={<RightOutlined />}
          aria-label={t('stations:nextWeek')}
          onClick={() => setFrom(dayjs(from).add(7, 'day').format('YYYY-MM-DD'))}
        />
        {canBook ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setBooking(true)}
            disabled={station.rooms.length === 0}
          >
            {t('stations:book')}
          </Button>
        ) : null}
      </Space>
      {bookings.isError ? (
        <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} />
      ) : null}
      <Table<StationRoom>
        rowKey="id"
        size="small"
        pagination={false}
        loading={bookings.isPending}
        scroll={{ x: 900 }}
        dataSource={station.rooms}
        locale={{ emptyText: t('stations:noRooms') }}
        columns={[
          { title: t('stations:roomName'), dataIndex: 'name', fixed: 'left', width: 110 },
          ...days.map((day, i) => ({
            title: `${weekdayOf(day, i18n.language)} ${day.slice(5)}`,
            key: day,
            width: 130,
            render: (_: unknown, room: StationRoom) => {
              const open = hoursOn(room.hours, i + 1);
              const held = (bookings.data ?? []).filter(
                (b) => b.roomId === room.id && dayOf(b.startsAt) === day,
              );
              return (
                <Space direction="vertical" size={2}>
                  {open ? null : <Typography.Text type="secondary">{t('stations:closed')}</Typography.Text>}
                  {held.map((b) => (
                    <Tag
                      key={b.id}
                      color={b.status === 'booked' ? (b.activityId ? 'blue' : 'green') : 'default'}
                      closable={b.mayCancel}
                      onClose={(e) => {
                        e.preventDefault();
                        void cancel(b);
                      }}
                      title={`${b.purpose} · ${b.contactName} ${b.phone ?? ''}`}
                      style={{
                        whiteSpace: 'normal',
                        marginInlineEnd: 0,
                        ...(b.status === 'cancelled' ? { textDecoration: 'line-through' } : {}),
                      }}
                    >
                      {clockOf(b.startsAt)}–{clockOf(b.endsAt)} {b.purpose}
                    </Tag>
                  ))}
                </Space>
              );
            },
          })),
        ]}
      />
      {booking ? (
        <BookingModal
          station={station}
          onClose={() => setBooking(false)}
          onSaved={() => {
            setBooking(false);
            refresh();
          }}
        />
      ) : null}
    </>
  );
}

type BookingValues = {
  roomId: string;
  day: dayjs.Dayjs;
  from: string;
  to: string;
  purpose: string;
  contactName: string;
  phone: string;
};

/** The booking form: the server's refusal (taken, outside hours, past) is shown as it words it. */
function BookingModal({
  station,
  onClose,
  onSaved,
}: {
  station: Station;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['stations', 'console']);
  // The day's midnight with the installation's offset, its clock time put in: 2026-12-01T09:00:00+08:00.
  const instant = (day: dayjs.Dayjs, clock: string) => startOfDay(day).replace('T00:00:00', `T${clock}:00`);
  return (
    <RecordModal<BookingValues>
      title={t('stations:bookTitle', { name: station.name })}
      fieldNames={['purpose', 'contactName', 'phone']}
      initialValues={{
        roomId: station.rooms.find((r) => r.active)?.id,
        day: today().add(1, 'day'),
        from: '09:00',
        to: '10:00',
      }}
      submit={(v) => {
        const body: BookingBody = {
          startsAt: instant(v.day, v.from),
          endsAt: instant(v.day, v.to),
          purpose: v.purpose,
          contactName: v.contactName,
          phone: v.phone,
        };
        return bookRoom(station.id, v.roomId, body);
      }}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="roomId" label={t('stations:roomName')} rules={[{ required: true }]}>
        <Select
          options={station.rooms.filter((r) => r.active).map((r) => ({ value: r.id, label: r.name }))}
        />
      </Form.Item>
      <Space wrap>
        <Form.Item name="day" label={t('stations:day')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item
          name="from"
          label={t('stations:from')}
          rules={[{ required: true, pattern: CLOCK, message: 'HH:MM' }]}
        >
          <Input style={{ width: 90 }} />
        </Form.Item>
        <Form.Item
          name="to"
          label={t('stations:to')}
          rules={[{ required: true, pattern: CLOCK, message: 'HH:MM' }]}
        >
          <Input style={{ width: 90 }} />
        </Form.Item>
      </Space>
      <Form.Item
        name="purpose"
        label={t('stations:purpose')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.bookingPurpose, t('stations:purpose'))]}
      >
        <Input {...counted(TEXT_LIMITS.bookingPurpose)} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="contactName" label={t('stations:contactName')} rules={[{ required: true }]}>
          <Input {...counted(TEXT_LIMITS.personName)} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('console:phone')}
          rules={[
            {
              required: true,
              pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/,
              message: t('console:phoneFormat'),
            },
          ]}
        >
          <Input inputMode="tel" />
        </Form.Item>
      </Space>
    </RecordModal>
  );
}
