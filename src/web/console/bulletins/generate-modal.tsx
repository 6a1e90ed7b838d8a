import { DatePicker, Form, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { periodOf, previousPeriod, TEN_DAY_PARTS } from '../../../shared/bulletin-periods';
import type { BulletinDetail } from '../../../shared/bulletins';
import { generateBulletin } from '../../modules/bulletins/api';
import { RecordModal } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';

type Values = { placeId: string; month: Dayjs; part: number };
const FIELDS = ['placeId', 'period'];

/** 立即生成: a place (district or street) and a period that has ended; the last ended one by default. */
export function GenerateModal({
  placeId,
  onClose,
  onDone,
}: {
  placeId: string | null;
  onClose: () => void;
  onDone: (bulletin: BulletinDetail) => void;
}) {
  const { t } = useTranslation(['bulletins']);
  const last = previousPeriod(periodOf(dayjs().format('YYYY-MM-DD')));
  let done: BulletinDetail | null = null;
  return (
    <RecordModal<Values>
      title={t('generateTitle')}
      fieldNames={FIELDS}
      initialValues={{
        placeId: placeId ?? undefined,
        month: dayjs(`${last.year}-${String(last.month).padStart(2, '0')}-01`),
        part: last.part,
      }}
      submit={async (v) => {
        done = await generateBulletin({
          placeId: v.placeId,
          period: `${v.month.format('YYYY-MM')}-${v.part}`,
        });
      }}
      onClose={onClose}
      onSaved={() => {
        if (done) {
          onDone(done);
        }
      }}
    >
      <Form.Item name="placeId" label={t('place')} extra={t('placeHint')} rules={[{ required: true }]}>
        <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="month" label={t('month')} rules={[{ required: true }]}>
        <DatePicker picker="month" allowClear={false} />
      </Form.Item>
      <Form.Item name="part" label={t('part')} rules={[{ required: true }]}>
        <Radio.Group options={TEN_DAY_PARTS.map((p) => ({ value: p, label: t(`parts.${p}`) }))} />
      </Form.Item>
    </RecordModal>
  );
}
