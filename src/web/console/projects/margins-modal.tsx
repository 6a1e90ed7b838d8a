import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Flex, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusMargins } from '../../../shared/projects';
import { getMargins, marginKeys, projectKeys, setMargins } from '../../modules/projects/api';
import { errorText } from '../../ui/errors';
import { ErrorState, LoadingState } from '../../ui/states';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';

/**
 * 滞后阈值: how many points behind planned progress a project turns yellow (behind) and red (seriously behind) at
 * a place — its own setting, inherited from the nearest street or district above, or the defaults.
 */
export function MarginsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const me = useSignedIn();
  const [placeId, setPlaceId] = useState<string | undefined>(me.placeId ?? undefined);
  return (
    <Modal
      open={open}
      title={t('margins.title')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Text type="secondary">{t('margins.intro')}</Typography.Text>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('place')}</Typography.Text>
          <div style={{ minWidth: 260 }}>
            <PlaceTreeSelect value={placeId} onChange={(v: string | undefined) => setPlaceId(v)} />
          </div>
        </Flex>
        {placeId ? <MarginsAt placeId={placeId} /> : null}
      </Space>
    </Modal>
  );
}

function MarginsAt({ placeId }: { placeId: string }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<StatusMargins>();
  const [saving, setSaving] = useState(false);
  const margins = useQuery({ queryKey: marginKeys.at(placeId), queryFn: () => getMargins(placeId) });
  if (margins.isLoading) {
    return <LoadingState rows={2} />;
  }
  if (!margins.data) {
    return <ErrorState error={margins.error} onRetry={() => void margins.refetch()} />;
  }
  const data = margins.data;
  const save = async (next: StatusMargins | null) => {
    setSaving(true);
    try {
      await setMargins({ placeId, margins: next });
      // Every status may change with them.
      await client.invalidateQueries({ queryKey: projectKeys.all });
      void message.success(t('saved'));
    } catch (error) {
      void message.error(errorText(error, t('saved')));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'behind', label: t('statuses.behind'), children: t('margins.from', { n: data.behind }) },
          {
            key: 'serious',
            label: t('statuses.seriously_behind'),
            children: t('margins.over', { n: data.seriouslyBehind }),
          },
          {
            key: 'source',
            label: t('margins.source'),
            children: data.isOwn
              ? t('margins.own')
              : data.from
                ? t('margins.inherited', { place: data.from.placeName })
                : t('margins.default'),
          },
        ]}
      />
      {data.mayEdit ? (
        <Form<StatusMargins>
          key={`${data.behind}-${data.seriouslyBehind}`}
          form={form}
          layout="inline"
          initialValues={{ behind: data.behind, seriouslyBehind: data.seriouslyBehind }}
          onFinish={(v) => void save(v)}
        >
          <Form.Item name="behind" label={t('statuses.behind')} rules={[{ required: true }]}>
            <InputNumber min={1} max={99} precision={0} addonAfter={t('margins.points')} />
          </Form.Item>
          <Form.Item
            name="seriouslyBehind"
            label={t('statuses.seriously_behind')}
            dependencies={['behind']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, v: number) =>
                  v > getFieldValue('behind')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('margins.order'))),
              }),
            ]}
          >
            <InputNumber min={2} max={100} precision={0} addonAfter={t('margins.points')} />
          </Form.Item>
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('margins.save')}
            </Button>
            {data.isOwn ? (
              <Button loading={saving} onClick={() => void save(null)}>
                {t('margins.clear')}
              </Button>
            ) : null}
          </Space>
        </Form>
      ) : null}
    </Space>
  );
}
