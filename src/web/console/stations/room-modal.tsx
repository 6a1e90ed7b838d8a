import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { ROOM_KINDS, type StationRoom } from '../../../shared/stations';
import { addRoom, type RoomBody, updateRoom } from '../../modules/stations/api';
import { counted, limitRule } from '../../ui/text-limit';
import { weekdayOf } from '../../ui/time';
import { RecordModal } from '../common/record-modal';

const FIELDS = ['name', 'kind', 'capacity', 'hours', 'closedOnHolidays', 'active'];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
// 2026-11-30 was a Monday: the days of its week name the weekdays 1..7 in the page's language.
export const weekdayName = (weekday: number, language: string) =>
  weekdayOf(new Date(Date.UTC(2026, 10, 29 + weekday)).toISOString().slice(0, 10), language);

/** Add a function room (room = null) or edit one: its kind, capacity and opening spans per weekday. */
export function RoomModal({
  stationId,
  room,
  onClose,
  onSaved,
}: {
  stationId: string;
  room: StationRoom | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation(['stations']);
  return (
    <RecordModal<RoomBody>
      title={room ? t('stations:editRoom', { name: room.name }) : t('stations:addRoom')}
      fieldNames={FIELDS}
      width={620}
      initialValues={
        room
          ? { ...room, capacity: room.capacity ?? undefined }
          : {
              kind: 'activity',
              closedOnHolidays: true,
              active: true,
              hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '17:30' })),
            }
      }
      submit={(values) =>
        room
          ? updateRoom(stationId, room.id, values)
          : addRoom(stationId, { ...values, hours: values.hours ?? [] })
      }
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="name"
        label={t('stations:roomName')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.stationRoom, t('stations:roomName'))]}
      >
        <Input {...counted(TEXT_LIMITS.stationRoom)} />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item name="kind" label={t('stations:roomKind')} rules={[{ required: true }]}>
          <Select
            style={{ width: 180 }}
            options={ROOM_KINDS.map((k) => ({ value: k, label: t(`stations:roomKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="capacity" label={t('stations:capacity')}>
          <InputNumber min={1} max={10000} />
        </Form.Item>
        <Form.Item name="closedOnHolidays" label={t('stations:closedOnHolidays')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="active" label={t('stations:active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      <Form.Item label={t('stations:hours')} extra={t('stations:hoursHint')}>
        <Form.List name="hours">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'weekday']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 110 }}
                      aria-label={t('stations:weekday')}
                      options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({
                        value: d,
                        label: weekdayName(d, i18n.language),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'opens']}
                    rules={[{ required: true, pattern: CLOCK, message: 'HH:MM' }]}
                  >
                    <Input style={{ width: 90 }} placeholder="08:30" aria-label={t('stations:opens')} />
                  </Form.Item>
                  <span>–</span>
                  <Form.Item
                    name={[field.name, 'closes']}
                    rules={[{ required: true, pattern: CLOCK, message: 'HH:MM' }]}
                  >
                    <Input style={{ width: 90 }} placeholder="17:30" aria-label={t('stations:closes')} />
                  </Form.Item>
                  <MinusCircleOutlined
                    onClick={() => remove(field.name)}
                    aria-label={t('stations:removeSpan')}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ weekday: 6, opens: '09:00', closes: '16:00' })}
              >
                {t('stations:addSpan')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </RecordModal>
  );
}
