import { DatePicker, Form, Input, InputNumber, Radio, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_KINDS, type Campaign, type CampaignKind } from '../../../shared/campaigns';
import { TEXT_LIMITS } from '../../../shared/limits';
import { createCampaign, KIND_KEYS, patchCampaign } from '../../modules/campaigns/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';

type Values = {
  name: string;
  placeId: string;
  kind: CampaignKind;
  unitCode: string;
  unitLabel: string;
  target: number;
  baseline?: number;
  days: [Dayjs, Dayjs];
  leadUnit?: string;
  isPublished: boolean;
};
const FIELDS = [
  'name',
  'placeId',
  'kind',
  'unitCode',
  'unitLabel',
  'target',
  'baseline',
  'days',
  'leadUnit',
  'isPublished',
];
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Start a drive (campaign = null) or change one; kind, place and unit code stay once started. */
export function CampaignModal({
  campaign,
  onClose,
  onSaved,
}: {
  campaign: Campaign | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['campaigns']);
  return (
    <RecordModal<Values>
      title={campaign ? t('editTitle', { name: campaign.name }) : t('createTitle')}
      fieldNames={FIELDS}
      initialValues={
        campaign
          ? {
              ...campaign,
              leadUnit: campaign.leadUnit ?? undefined,
              days: [dayjs(campaign.startsOn), dayjs(campaign.endsOn)],
            }
          : { kind: 'count_up', isPublished: false, target: 100, baseline: 0 }
      }
      submit={(v) => {
        const common = {
          name: v.name,
          unitLabel: v.unitLabel,
          target: v.kind === 'down_to_zero' ? 0 : v.target,
          baseline: v.baseline ?? 0,
          startsOn: day(v.days[0]),
          endsOn: day(v.days[1]),
          isPublished: v.isPublished,
        };
        return campaign
          ? patchCampaign(campaign.id, { ...common, leadUnit: v.leadUnit || null })
          : createCampaign({
              ...common,
              placeId: v.placeId,
              kind: v.kind,
              unitCode: v.unitCode,
              ...(v.leadUnit ? { leadUnit: v.leadUnit } : {}),
            });
      }}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="name"
        label={t('name')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.campaignName, t('name'))]}
      >
        <Input {...counted(TEXT_LIMITS.campaignName)} />
      </Form.Item>
      {campaign ? null : (
        <Form.Item name="placeId" label={t('place')} rules={[{ required: true }]}>
          <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t('kind')}>
        <Radio.Group
          disabled={campaign !== null}
          options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
        />
      </Form.Item>
      <Form.Item name="unitLabel" label={t('unit')} rules={[{ required: true }]}>
        <Input maxLength={TEXT_LIMITS.campaignUnit.max} placeholder="剂次 / 户 / 处" />
      </Form.Item>
      <Form.Item
        name="unitCode"
        label={t('unitCode')}
        extra={t('unitCodeHint')}
        rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{0,29}$/ }]}
      >
        <Input disabled={campaign !== null} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.kind !== b.kind}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'down_to_zero' ? (
            <Form.Item name="baseline" label={t('baseline')} extra={t('baselineHint')}>
              <InputNumber min={0} max={100_000_000} precision={0} style={{ width: 200 }} />
            </Form.Item>
          ) : (
            <Form.Item name="target" label={t('target')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100_000_000} precision={0} style={{ width: 200 }} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="days" label={t('period')} rules={[{ required: true }]}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item
        name="leadUnit"
        label={t('leadUnit')}
        rules={[limitRule(TEXT_LIMITS.placeName, t('leadUnit'))]}
      >
        <Input {...counted(TEXT_LIMITS.placeName)} />
      </Form.Item>
      <Form.Item name="isPublished" label={t('published')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </RecordModal>
  );
}
