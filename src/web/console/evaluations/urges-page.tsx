// The open urges on every project the desk sees (督查清单), overdue ones first by their answer-by day.
import { useQuery } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationKeys, listOpenUrges } from '../../modules/evaluations/api';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState } from '../../ui/states';
import { UrgeTable } from './urge-table';

export function UrgesPage() {
  const { t } = useTranslation('evaluations');
  const [state, setState] = useState<'open' | 'overdue'>('open');
  const query = useQuery({ queryKey: evaluationKeys.openUrges(state), queryFn: () => listOpenUrges(state) });
  return (
    <PageFrame title={t('urgesTitle')} description={t('urgesDescription')}>
      <Panel>
        <Segmented<'open' | 'overdue'>
          style={{ marginBottom: 12 }}
          value={state}
          onChange={setState}
          options={[
            { value: 'open', label: t('urgeStates.open') },
            { value: 'overdue', label: t('urgeStates.overdue') },
          ]}
        />
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        <UrgeTable urges={query.data ?? []} loading={query.isPending} showProject />
      </Panel>
    </PageFrame>
  );
}
