import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { UploadFile } from 'antd';
import {
  Alert,
  App,
  Button,
  Cascader,
  Col,
  Form,
  Input,
  List,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Upload,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import {
  CHANNELS,
  type Channel,
  HORIZONS,
  type Horizon,
  TICKET_KINDS,
  type TicketKind,
  URGENCIES,
  type Urgency,
} from '../../../shared/tickets';
import {
  createTicket,
  ticketKeys,
  uploadPhotos,
  useCategories,
  useSimilarForText,
} from '../../modules/tickets/api';
import { applyFieldErrors, errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { counted, limitRule } from '../../ui/text-limit';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { categoryOptions } from './list-filters';
import { StateTag } from './tags';

type Values = {
  channel: Channel;
  submitterName?: string;
  submitterPhone?: string;
  placeId: string;
  category?: string[];
  kind: TicketKind;
  urgency: Urgency;
  horizon: Horizon;
  title: string;
  description: string;
  address?: string;
  isPublic: boolean;
};
const FIELDS = [
  'channel',
  'submitterName',
  'submitterPhone',
  'placeId',
  'categoryId',
  'kind',
  'urgency',
  'horizon',
  'title',
  'description',
  'address',
  'isPublic',
];
// Staff record what reached them another way than the resident's own phone.
const STAFF_CHANNELS = CHANNELS.filter((c) => c !== 'resident_app' && c !== 'external');
const MAX_PHOTOS = 9;

/** 新增工单: a hotline call or a visit typed in by staff, with the caller's name and phone and photos. */
export function NewTicketPage() {
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const categories = useCategories();
  const kind = Form.useWatch('kind', form);
  const placeId = Form.useWatch('placeId', form);
  const title = Form.useWatch('title', form) ?? '';
  const description = Form.useWatch('description', form) ?? '';
  const options = useMemo(() => categoryOptions(categories.data ?? [], kind), [categories.data, kind]);
  const similar = useSimilarForText(placeId, `${title} ${description}`.trim());

  const submit = async ({ category, ...values }: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
      const created = await createTicket({ ...body, categoryId: category?.at(-1) } as Parameters<
        typeof createTicket
      >[0]);
      const files = photos.map((p) => p.originFileObj).filter((f): f is NonNullable<typeof f> => Boolean(f));
      if (files.length > 0) {
        try {
          await uploadPhotos(created.id, files);
        } catch (error) {
          // The ticket stands; say the photos did not make it so they can be added on its page.
          void message.warning(errorText(error, t('office.photos.failed')));
        }
      }
      void client.invalidateQueries({ queryKey: ticketKeys.all });
      void message.success(t('office.create.created', { number: created.number }));
      void navigate(`/console/tickets/${created.id}`, { replace: true });
    } catch (error) {
      if (!applyFieldErrors(form, error, FIELDS)) {
        setFailure(errorText(error, t('office.actionForm.failed')));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageFrame title={t('office.create.title')} description={t('office.create.description')}>
      <Panel>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          initialValues={{
            channel: 'hotline',
            kind: 'problem',
            urgency: 'normal',
            horizon: 'deadline',
            isPublic: false,
          }}
          style={{ maxWidth: 960 }}
        >
          <Row gutter={24}>
            <Col xs={24} md={8}>
              <Form.Item name="channel" label={t('office.fields.channel')} rules={[{ required: true }]}>
                <Select options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="submitterName"
                label={t('office.fields.submitter')}
                rules={[limitRule(TEXT_LIMITS.personName, t('office.fields.submitter'))]}
              >
                <Input {...counted(TEXT_LIMITS.personName)} placeholder={t('office.create.submitterHint')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="submitterPhone"
                label={t('office.fields.phone')}
                rules={[
                  { pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, message: t('office.create.phoneFormat') },
                ]}
              >
                <Input inputMode="tel" placeholder="13800000000" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="placeId"
                label={t('office.fields.place')}
                rules={[{ required: true, message: t('office.create.placeHint') }]}
              >
                <PlaceTreeSelect style={{ width: '100%' }} placeholder={t('office.create.placeHint')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="address"
                label={t('office.fields.address')}
                rules={[limitRule(TEXT_LIMITS.address, t('office.fields.address'))]}
              >
                <Input {...counted(TEXT_LIMITS.address)} placeholder={t('office.create.addressHint')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('office.fields.kind')} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={TICKET_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                  onChange={() => form.setFieldValue('category', undefined)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="category" label={t('office.fields.category')}>
                <Cascader options={options} showSearch placeholder={t('office.create.categoryHint')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="urgency" label={t('office.fields.urgency')}>
                <Radio.Group options={URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="horizon" label={t('office.fields.horizon')}>
                <Radio.Group options={HORIZONS.map((h) => ({ value: h, label: t(`horizons.${h}`) }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="title"
                label={t('office.fields.title')}
                rules={[
                  { required: true, whitespace: true },
                  limitRule(TEXT_LIMITS.ticketTitle, t('office.fields.title')),
                ]}
              >
                <Input {...counted(TEXT_LIMITS.ticketTitle)} placeholder={t('office.create.titleHint')} />
              </Form.Item>
              <Form.Item
                name="description"
                label={t('office.fields.description')}
                rules={[
                  { required: true, whitespace: true },
                  limitRule(TEXT_LIMITS.ticketDescription, t('office.fields.description')),
                ]}
              >
                <Input.TextArea
                  rows={5}
                  {...counted(TEXT_LIMITS.ticketDescription)}
                  placeholder={t('office.create.descriptionHint')}
                />
              </Form.Item>
              {similar.data && similar.data.length > 0 ? (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={t('office.create.similarTitle')}
                  description={
                    <List
                      size="small"
                      dataSource={similar.data}
                      renderItem={(s) => (
                        <List.Item>
                          <Space>
                            <Link to={`/console/tickets/${s.id}`} target="_blank">
                              {s.number}
                            </Link>
                            {s.title}
                            <StateTag state={s.state} />
                          </Space>
                        </List.Item>
                      )}
                    />
                  }
                />
              ) : null}
              <Form.Item label={t('office.create.photos')} extra={t('office.photos.hint')}>
                <Upload
                  listType="picture-card"
                  accept="image/jpeg,image/png,image/webp"
                  multiple
                  fileList={photos}
                  beforeUpload={() => false}
                  onChange={({ fileList }) => setPhotos(fileList.slice(0, MAX_PHOTOS))}
                >
                  {photos.length < MAX_PHOTOS ? (
                    <div>
                      <PlusOutlined />
                      <div style={{ marginTop: 4 }}>{t('office.photos.add')}</div>
                    </div>
                  ) : null}
                </Upload>
              </Form.Item>
              <Form.Item
                name="isPublic"
                label={t('office.fields.consent')}
                valuePropName="checked"
                extra={t('office.create.consentHint')}
              >
                <Switch />
              </Form.Item>
            </Col>
          </Row>
          {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={isBusy}>
              {t('office.create.submit')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('office.create.cancel')}</Button>
          </Space>
        </Form>
      </Panel>
    </PageFrame>
  );
}
