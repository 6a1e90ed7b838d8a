import { AutoComplete, Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { setCalendarDay } from '../../modules/config/api';
import { counted, limitRule } from '../../ui/text-limit';
import { pickerDay } from '../../ui/time';
import { RecordModal } from '../common/record-modal';

type Values = { day: Dayjs; isWorkday: boolean; name: string };
const FIELDS = ['day', 'isWorkday', 'name'];
/** The statutory holidays (全国年节及纪念日放假办法), offered as names. */
const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

type Props = {
  /** The day clicked or edited (YYYY-MM-DD), or null to pick one. */
  day: string | null;
  /** Its current entry, when it has one. */
  current: { isWorkday: boolean; name: string } | null;
  /** Gives the day back to the plain week (offered when it has an entry). */
  onClear?: (() => void) | undefined;
  onClose: () => void;
  onSaved: () => void;
};

/** Marks one day as a holiday (放假) or a make-up workday (调休上班). */
export function CalendarDayModal({ day, current, onClear, onClose, onSaved }: Props) {
  const { t } = useTranslation(['console', 'config']);
  const isWeekend = (d: Dayjs | undefined) => (d ? d.day() === 0 || d.day() === 6 : false);
  const start = day ? pickerDay(day) : undefined;
  const names = [...HOLIDAY_NAMES, ...HOLIDAY_NAMES.map((n) => `${n}${t('config:calendar.makeupSuffix')}`)];
  return (
    <RecordModal<Values>
      title={current ? t('config:calendar.editTitle', { day }) : t('config:calendar.createTitle')}
      fieldNames={FIELDS}
      width={480}
      initialValues={{
        day: start,
        isWorkday: current?.isWorkday ?? isWeekend(start),
        name: current?.name,
      }}
      submit={(v) => setCalendarDay(v.day.format('YYYY-MM-DD'), { isWorkday: v.isWorkday, name: v.name })}
      onClose={onClose}
      onSaved={onSaved}
    >
      {(form) => (
        <>
          <Form.Item name="day" label={t('config:calendar.date')} rules={[{ required: true }]}>
            <DatePicker
              disabled={Boolean(current)}
              style={{ width: '100%' }}
              onChange={(d) => form.setFieldValue('isWorkday', isWeekend(d ?? undefined))}
            />
          </Form.Item>
          <Form.Item
            name="isWorkday"
            label={t('config:calendar.type')}
            dependencies={['day']}
            extra={t('config:calendar.typeHint')}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: boolean) =>
                  value && !isWeekend(getFieldValue('day'))
                    ? Promise.reject(new Error(t('config:calendar.makeupOnWeekday')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Radio.Group
              optionType="button"
              options={[
                { value: false, label: t('config:calendar.off') },
                { value: true, label: t('config:calendar.makeup') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('config:calendar.name')}
            rules={[
              { required: true, whitespace: true },
              limitRule(TEXT_LIMITS.holidayName, t('config:calendar.name')),
            ]}
          >
            <AutoComplete
              options={names.map((n) => ({ value: n }))}
              filterOption={(input, option) => (option?.value ?? '').includes(input)}
            >
              <Input
                {...counted(TEXT_LIMITS.holidayName)}
                placeholder={t('config:calendar.namePlaceholder')}
              />
            </AutoComplete>
          </Form.Item>
          {onClear ? (
            <Button type="link" danger style={{ padding: 0 }} onClick={onClear}>
              {t('config:calendar.clear')}
            </Button>
          ) : null}
        </>
      )}
    </RecordModal>
  );
}
