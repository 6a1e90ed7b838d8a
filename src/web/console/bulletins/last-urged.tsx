import { useQuery } from '@tanstack/react-query';
import { Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { bulletinKeys, listUrgings } from '../../modules/bulletins/api';
import { useSignedIn } from '../shell/gates';

/** 最近督促: the last weekly reminder of a project in the last four weeks, for those who may read urges. */
export function LastUrged({ projectId }: { projectId: string }) {
  const { t } = useTranslation(['bulletins']);
  const me = useSignedIn();
  const mayRead = me.permissions.includes('bulletin.read');
  const urgings = useQuery({
    queryKey: bulletinKeys.urgings(projectId),
    queryFn: () => listUrgings(projectId),
    enabled: mayRead,
  });
  if (!mayRead || !urgings.data) {
    return null;
  }
  return <Statistic title={t('lastUrged')} value={urgings.data[0]?.urgedOn ?? t('notUrged')} />;
}
