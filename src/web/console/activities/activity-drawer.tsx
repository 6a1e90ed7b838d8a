import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import {
  type Activity,
  activityKeys,
  checkinPngUrl,
  deleteActivityPhoto,
  listActivityPhotos,
  moveActivity,
  signUp,
  uploadActivityPhotos,
  useActivityMutation,
  useAttendance,
  useCheckinCode,
} from '../../modules/activities/api';
import { wallRange, wallTime } from '../../modules/activities/time';
import { PhotoGallery } from '../common/photo-gallery';

const time = (s: string | null) => (s ? `${s.slice(5, 10)} ${wallTime(s)}` : '—');

/** One activity for its organiser: details, the QR code to show or print, the attendance, and its moves. */
export function ActivityDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: string;
  onClose: () => void;
  onEdit: (a: Activity) => void;
}) {
  const { t } = useTranslation('activities');
  const { message } = App.useApp();
  const detail = useQuery({
    queryKey: activityKeys.detail(id),
    queryFn: () => ok(api.GET('/api/activities/{id}', { params: { path: { id } } })),
  });
  const a = detail.data;
  const organises = a?.allowedActions.includes('attendance') ?? false;
  const attendance = useAttendance(organises ? id : null);
  const code = useCheckinCode(organises && a?.state === 'planned' ? id : null);
  const [dialog, setDialog] = useState<'complete' | 'cancel' | 'person' | null>(null);
  const [form] = Form.useForm();
  const move = useActivityMutation((body: Parameters<typeof moveActivity>[1]) => moveActivity(id, body));
  const addPerson = useActivityMutation((v: { name: string; phone: string }) => signUp(id, v));
  const submitDialog = async () => {
    const values = await form.validateFields();
    try {
      if (dialog === 'person') {
        await addPerson.mutateAsync(values);
      } else if (dialog) {
        await move.mutateAsync({ action: dialog, ...values });
      }
      void message.success(t('console.saved'));
      form.resetFields();
      setDialog(null);
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  return (
    <Drawer open width={720} onClose={onClose} title={a?.title ?? ''} loading={detail.isPending}>
      {a && (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            {a.allowedActions.includes('edit') && (
              <Button onClick={() => onEdit(a)}>{t('console.edit')}</Button>
            )}
            {a.allowedActions.includes('signup_others') && (
              <Button onClick={() => setDialog('person')}>{t('console.addPerson')}</Button>
            )}
            {a.allowedActions.includes('complete') && (
              <Button type="primary" onClick={() => setDialog('complete')}>
                {t('console.complete')}
              </Button>
            )}
            {a.allowedActions.includes('cancel') && (
              <Button danger onClick={() => setDialog('cancel')}>
                {t('console.cancelActivity')}
              </Button>
            )}
          </Space>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('fields.kind')}>{t(`kinds.${a.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.time')}>{wallRange(a.startsAt, a.endsAt)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.place')}>
              {a.placeName}
              {a.room ? ` · ${a.room}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.capacity')}>
              {`${a.confirmedCount}/${a.capacity}`}
              {a.waitlistCount > 0 && ` · ${t('waiting', { count: a.waitlistCount })}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('console.peopleServed')}>{a.peopleServed ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('console.summary')}>{a.summary ?? '—'}</Descriptions.Item>
            {a.description && (
              <Descriptions.Item label={t('fields.description')} span={2}>
                {a.description}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('console.photos')}
          </Typography.Title>
          <PhotoGallery
            queryKey={[...activityKeys.detail(id), 'photos']}
            list={() => listActivityPhotos(id)}
            upload={(files) => uploadActivityPhotos(id, files)}
            remove={(photoId) => deleteActivityPhoto(id, photoId)}
            canWrite={organises}
            uploadText={t('console.uploadPhotos')}
            emptyText={t('console.noPhotos')}
          />
          {code.data && (
            <div className="lx-qr lx-qr-print" style={{ marginTop: 16 }}>
              <Typography.Title level={5}>
                {t('console.qr')} · {a.title}
              </Typography.Title>
              <img src={checkinPngUrl(id)} alt={code.data.url} data-testid="checkin-qr" />
              <Typography.Paragraph type="secondary">{t('console.qrHint')}</Typography.Paragraph>
              <Typography.Paragraph copyable style={{ fontSize: 12 }}>
                {code.data.url}
              </Typography.Paragraph>
              <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                {t('console.print')}
              </Button>
            </div>
          )}
          {attendance.data && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('console.attendance')}
              </Typography.Title>
              <Typography.Paragraph>{attendance.data.summaryText}</Typography.Paragraph>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={attendance.data.items}
                columns={[
                  { title: t('console.name'), dataIndex: 'name' },
                  { title: t('console.phone'), dataIndex: 'phone', render: (p: string | null) => p ?? '—' },
                  {
                    title: t('console.status'),
                    dataIndex: 'status',
                    render: (s: string, r) =>
                      r.waitlistPosition
                        ? t('waitlisted', { position: r.waitlistPosition })
                        : t(`signupStatus.${s as 'confirmed'}`),
                  },
                  { title: t('console.checkedIn'), dataIndex: 'checkedInAt', render: time },
                  {
                    title: t('console.checkedOut'),
                    dataIndex: 'checkedOutAt',
                    render: (v: string | null, r) => (
                      <>
                        {time(v)} {r.autoClosed && <Tag color="warning">{t('console.autoClosed')}</Tag>}
                      </>
                    ),
                  },
                  { title: t('console.minutes'), dataIndex: 'minutes' },
                ]}
              />
            </>
          )}
        </>
      )}
      <Modal
        open={dialog !== null}
        title={
          dialog === 'person'
            ? t('console.addPerson')
            : dialog === 'complete'
              ? t('console.complete')
              : t('console.cancelActivity')
        }
        onOk={() => void submitDialog()}
        onCancel={() => setDialog(null)}
        confirmLoading={move.isPending || addPerson.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {dialog === 'person' && (
            <>
              <Form.Item name="name" label={t('console.name')} rules={[{ required: true }]}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item
                name="phone"
                label={t('console.phone')}
                rules={[{ required: true, pattern: /^1[3-9]\d{9}$/ }]}
              >
                <Input maxLength={11} />
              </Form.Item>
            </>
          )}
          {dialog === 'complete' && (
            <>
              <Form.Item name="summary" label={t('console.summary')}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
              <Form.Item name="peopleServed" label={t('console.peopleServed')}>
                <InputNumber min={0} />
              </Form.Item>
            </>
          )}
          {dialog === 'cancel' && (
            <Form.Item name="reason" label={t('console.reason')} rules={[{ required: true }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Drawer>
  );
}
