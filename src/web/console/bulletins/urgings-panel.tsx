import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Urging } from '../../../shared/bulletins';
import { bulletinKeys, listUrgings } from '../../modules/bulletins/api';
import { Panel } from '../../ui/page-frame';
import { ErrorState } from '../../ui/states';

/** 一周一督促: the reminders the Monday sweep sent to lead units of the caller's area in the last four weeks. */
export function UrgingsPanel() {
  const { t } = useTranslation(['bulletins']);
  const urgings = useQuery({ queryKey: bulletinKeys.urgings(), queryFn: () => listUrgings() });
  return (
    <Panel title={t('urgings')}>
      {urgings.isError ? (
        <ErrorState error={urgings.error} onRetry={() => void urgings.refetch()} />
      ) : (
        <Table<Urging>
          size="small"
          rowKey="id"
          loading={urgings.isLoading}
          dataSource={urgings.data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('urgedOn'), dataIndex: 'urgedOn', width: 120 },
            { title: t('project'), dataIndex: 'projectName' },
            { title: t('leadUnit'), dataIndex: 'leadUnitName' },
            {
              title: t('lastReportedOn'),
              dataIndex: 'lastReportedOn',
              render: (d: string | null) => d ?? t('never'),
            },
            { title: t('recipients'), dataIndex: 'recipients', width: 100 },
          ]}
        />
      )}
    </Panel>
  );
}
