import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  listOfferings,
  type Offering,
  type OfferingFilters,
  offeringKeys,
  updateOffering,
  useServiceRefresh,
} from '../../modules/services/api';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { useCursorList } from '../../ui/use-cursor-list';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { OfferingModal } from './offering-modal';
import { ServiceFlowCard } from './service-flow-card';

type Filters = { under?: string; includeInactive?: boolean };

/** 服务清单 (资源清单, "梳理我们有什么"): what the teams of the area offer residents to order. */
export function OfferingsPage() {
  const { t } = useTranslation('services');
  const me = useSignedIn();
  const refresh = useServiceRefresh();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<OfferingFilters>({});
  const [editing, setEditing] = useState<Offering | 'new' | null>(null);
  const list = useCursorList(offeringKeys.lists(), filters, listOfferings);
  const canWrite = me.permissions.includes('service_offering.write');
  const toggle = async (o: Offering) => {
    await updateOffering(o.id, { isActive: !o.isActive });
    await refresh();
  };
  return (
    <PageFrame
      title={t('console.menu.title')}
      extra={
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('console.menu.new')}
          </Button>
        ) : null
      }
    >
      <Panel>
        <QueryForm<Filters>
          form={form}
          onSearch={(v) =>
            setFilters({
              ...(v.under ? { under: v.under } : {}),
              ...(v.includeInactive ? { includeInactive: 'true' } : {}),
            })
          }
        >
          <Form.Item name="under" label={t('console.menu.place')}>
            <PlaceTreeSelect />
          </Form.Item>
          <Form.Item name="includeInactive" valuePropName="checked">
            <Checkbox>{t('console.menu.includeInactive')}</Checkbox>
          </Form.Item>
        </QueryForm>
        <ListTable<Offering>
          list={list}
          rowKey="id"
          emptyHint={canWrite ? t('console.menu.empty') : undefined}
          columns={[
            { title: t('console.menu.name'), dataIndex: 'name', fixed: 'left' },
            { title: t('console.menu.team'), dataIndex: 'unitName' },
            { title: t('console.menu.place'), dataIndex: 'placeName' },
            {
              title: t('console.menu.audience'),
              dataIndex: 'audience',
              render: (a: Offering['audience']) => t(`audience.${a}`),
            },
            {
              title: t('console.menu.schedule'),
              dataIndex: 'schedule',
              render: (v: string | null) => v ?? '—',
            },
            { title: t('console.menu.needed'), dataIndex: 'volunteersNeeded' },
            {
              title: t('console.menu.active'),
              dataIndex: 'isActive',
              render: (on: boolean) =>
                on ? (
                  <Tag color="success">{t('console.menu.onMenu')}</Tag>
                ) : (
                  <Tag>{t('console.menu.offMenu')}</Tag>
                ),
            },
            {
              title: '',
              key: 'actions',
              fixed: 'right' as const,
              render: (_: unknown, o: Offering) =>
                o.mayEdit ? (
                  <Space size={0}>
                    <Button type="link" onClick={() => setEditing(o)}>
                      {t('console.menu.edit')}
                    </Button>
                    <Button type="link" danger={o.isActive} onClick={() => void toggle(o)}>
                      {o.isActive ? t('console.menu.takeOff') : t('console.menu.putOn')}
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
        />
      </Panel>
      <ServiceFlowCard />
      {editing ? (
        <OfferingModal
          offering={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refresh();
          }}
        />
      ) : null}
    </PageFrame>
  );
}
