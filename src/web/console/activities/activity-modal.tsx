import { useQuery } from '@tanstack/react-query';
import { Form as AntForm, AutoComplete, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  RECURRENCE_FREQUENCIES,
  type RecurrenceFrequency,
} from '../../../shared/activities';
import { TEXT_LIMITS } from '../../../shared/limits';
import { type Activity, createActivity, updateActivity } from '../../modules/activities/api';
import { listAllStations, stationKeys } from '../../modules/stations/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';

type Values = {
  title: string;
  kind: ActivityKind;
  placeId: string;
  time: [Dayjs, Dayjs];
  capacity: number;
  stationId?: string;
  room?: string;
  description?: string;
  frequency: RecurrenceFrequency | 'none';
  until?: Dayjs;
  count?: number;
  monthDays?: number[];
};
const FIELDS = [
  'title',
  'kind',
  'placeId',
  'time',
  'capacity',
  'stationId',
  'room',
  'description',
  'frequency',
  'until',
  'count',
];
const ISO = 'YYYY-MM-DDTHH:mm:ssZ';

/** Create an activity — once or repeating — (activity = null) or edit one occurrence. */
export function ActivityModal({
  activity,
  placeId,
  day,
  onClose,
  onSaved,
}: {
  activity: Activity | null;
  placeId: string | undefined;
  day: Dayjs;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('activities');
  const start = day.hour(9).minute(0).second(0);
  const stations = useQuery({
    queryKey: stationKeys.list({ all: true }),
    queryFn: () => listAllStations({}),
  });
  return (
    <RecordModal<Values>
      title={activity ? t('console.edit') : t('console.new')}
      fieldNames={FIELDS}
      initialValues={
        activity
          ? {
              title: activity.title,
              kind: activity.kind,
              placeId: activity.placeId,
              time: [dayjs(activity.startsAt.slice(0, 19)), dayjs(activity.endsAt.slice(0, 19))],
              capacity: activity.capacity,
              stationId: activity.stationId ?? undefined,
              room: activity.room ?? undefined,
              description: activity.description ?? undefined,
              frequency: 'none',
            }
          : {
              kind: 'volunteer_service',
              placeId,
              time: [start, start.add(2, 'hour')],
              capacity: 30,
              frequency: 'none',
            }
      }
      submit={(v) => {
        const common = {
          title: v.title,
          kind: v.kind,
          startsAt: v.time[0].format(ISO),
          endsAt: v.time[1].format(ISO),
          capacity: v.capacity,
          ...(v.stationId ? { stationId: v.stationId } : {}),
          ...(v.room ? { room: v.room } : {}),
          ...(v.description ? { description: v.description } : {}),
        };
        if (activity) {
          return updateActivity(activity.id, common);
        }
        return createActivity({
          ...common,
          placeId: v.placeId,
          ...(v.frequency === 'none'
            ? {}
            : {
                recurrence: {
                  frequency: v.frequency,
                  interval: 1,
                  skipDates: [],
                  ...(v.until ? { until: v.until.format('YYYY-MM-DD') } : {}),
                  ...(v.count ? { count: v.count } : {}),
                  ...(v.frequency === 'twice_monthly' && v.monthDays?.length === 2
                    ? { monthDays: v.monthDays }
                    : {}),
                },
              }),
        });
      }}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="title"
        label={t('fields.title')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.activityTitle)]}
      >
        <Input {...counted(TEXT_LIMITS.activityTitle)} />
      </Form.Item>
      <Form.Item name="kind" label={t('fields.kind')} rules={[{ required: true }]}>
        <Select options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      </Form.Item>
      {!activity && (
        <Form.Item name="placeId" label={t('fields.place')} rules={[{ required: true }]}>
          <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
      )}
      <Form.Item name="time" label={t('fields.time')} rules={[{ required: true }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="capacity" label={t('fields.capacity')} rules={[{ required: true }]}>
        <InputNumber min={1} max={10000} />
      </Form.Item>
      <Form.Item name="stationId" label={t('fields.station')} extra={t('stationHint')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={stations.isPending}
          options={stations.data?.map((s) => ({ value: s.id, label: s.name }))}
          data-testid="activity-station"
        />
      </Form.Item>
      <AntForm.Item noStyle shouldUpdate={(a: Values, b: Values) => a.stationId !== b.stationId}>
        {({ getFieldValue }) => {
          const rooms = stations.data?.find((s) => s.id === getFieldValue('stationId'))?.rooms ?? [];
          // A room of the chosen station is booked with the activity; any other words are only a place to meet.
          return (
            <Form.Item name="room" label={t('fields.room')} rules={[limitRule(TEXT_LIMITS.stationRoom)]}>
              <AutoComplete
                options={rooms.filter((r) => r.active).map((r) => ({ value: r.name }))}
                maxLength={TEXT_LIMITS.stationRoom.max}
                allowClear
              />
            </Form.Item>
          );
        }}
      </AntForm.Item>
      <Form.Item
        name="description"
        label={t('fields.description')}
        rules={[limitRule(TEXT_LIMITS.activityDescription)]}
      >
        <Input.TextArea rows={3} {...counted(TEXT_LIMITS.activityDescription)} />
      </Form.Item>
      {!activity && (
        <>
          <Form.Item name="frequency" label={t('fields.repeat')} extra={t('repeatHint')}>
            <Select
              options={(['none', ...RECURRENCE_FREQUENCIES] as const).map((f) => ({
                value: f,
                label: t(`frequency.${f}`),
              }))}
            />
          </Form.Item>
          <AntForm.Item noStyle shouldUpdate={(a: Values, b: Values) => a.frequency !== b.frequency}>
            {({ getFieldValue }) =>
              getFieldValue('frequency') === 'none' ? null : (
                <>
                  {getFieldValue('frequency') === 'twice_monthly' && (
                    <Form.Item name="monthDays" label={t('fields.monthDays')}>
                      <Select
                        mode="multiple"
                        maxCount={2}
                        options={Array.from({ length: 31 }, (_, i) => ({
                          value: i + 1,
                          label: String(i + 1),
                        }))}
                      />
                    </Form.Item>
                  )}
                  <Form.Item name="until" label={t('fields.until')}>
                    <DatePicker />
                  </Form.Item>
                  <Form.Item name="count" label={t('fields.count')}>
                    <InputNumber min={1} max={200} />
                  </Form.Item>
                </>
              )
            }
          </AntForm.Item>
        </>
      )}
    </RecordModal>
  );
}
