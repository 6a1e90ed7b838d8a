import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Flex, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_FLOWS, type ServiceFlow } from '../../../shared/service-flow';
import { getServiceFlow, serviceFlowKeys, setServiceFlow } from '../../modules/services/api';
import { Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';

type FlowKey = 'office_office_choice' | 'office_offering_team' | 'team_offering_team';
const keyOf = (f: ServiceFlow) => `${f.acceptedBy}_${f.dispatch}` as FlowKey;

/**
 * 接单派单方式: who accepts and who dispatches the service orders of a place (set on it or inherited from the
 * nearest place above that sets one). The options and their meaning are shared/service-flow.ts's.
 */
export function ServiceFlowCard() {
  const { t } = useTranslation('services');
  const me = useSignedIn();
  const [placeId, setPlaceId] = useState<string | undefined>(me.placeId ?? undefined);
  if (!me.permissions.includes('service_flow.read')) {
    return null;
  }
  return (
    <Panel title={t('console.flow.title')}>
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Text type="secondary">{t('console.flow.intro')}</Typography.Text>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('console.flow.place')}</Typography.Text>
          <div style={{ minWidth: 260 }}>
            <PlaceTreeSelect value={placeId} onChange={(v: string | undefined) => setPlaceId(v)} />
          </div>
        </Flex>
        {placeId ? <FlowAt placeId={placeId} /> : null}
      </Space>
    </Panel>
  );
}

function FlowAt({ placeId }: { placeId: string }) {
  const { t } = useTranslation('services');
  const { message } = App.useApp();
  const client = useQueryClient();
  const flow = useQuery({
    queryKey: serviceFlowKeys.detail(placeId),
    queryFn: () => getServiceFlow(placeId),
  });
  const [choice, setChoice] = useState<FlowKey | null>(null);
  const [saving, setSaving] = useState(false);
  if (flow.isLoading) {
    return <LoadingState rows={2} />;
  }
  if (!flow.data) {
    return <ErrorState error={flow.error} onRetry={() => void flow.refetch()} />;
  }
  const data = flow.data;
  const current = keyOf(data);
  const save = async (next: ServiceFlow | null) => {
    setSaving(true);
    try {
      client.setQueryData(serviceFlowKeys.detail(placeId), await setServiceFlow(placeId, { flow: next }));
      await client.invalidateQueries({ queryKey: serviceFlowKeys.all });
      setChoice(null);
      void message.success(t('console.flow.saved'));
    } finally {
      setSaving(false);
    }
  };
  const picked = SERVICE_FLOWS.find((f) => keyOf(f) === (choice ?? current));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          {
            key: 'now',
            label: t('console.flow.now'),
            children: t(`flow.${current}.name`),
          },
          {
            key: 'from',
            label: t('console.flow.from'),
            children: data.isOwn
              ? t('console.flow.own')
              : data.from
                ? t('console.flow.inherited', { place: data.from.placeName })
                : t('console.flow.default'),
          },
        ]}
      />
      {data.mayEdit ? (
        <>
          <Radio.Group value={choice ?? current} onChange={(e) => setChoice(e.target.value as FlowKey)}>
            <Space direction="vertical">
              {SERVICE_FLOWS.map((f) => (
                <Radio key={keyOf(f)} value={keyOf(f)}>
                  <Typography.Text strong>{t(`flow.${keyOf(f)}.name`)}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{t(`flow.${keyOf(f)}.meaning`)}</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          <Space>
            <Button
              type="primary"
              loading={saving}
              disabled={!picked || (data.isOwn && keyOf(picked) === current)}
              onClick={() => picked && void save(picked)}
            >
              {t('console.flow.save')}
            </Button>
            {data.isOwn ? (
              <Button loading={saving} onClick={() => void save(null)}>
                {t('console.flow.clear')}
              </Button>
            ) : null}
          </Space>
        </>
      ) : null}
    </Space>
  );
}
