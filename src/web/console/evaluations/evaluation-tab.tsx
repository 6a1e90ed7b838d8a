// 述议评 on a project's desk page: the month's evaluation (statement, votes, approved comments, mean scores),
// then the statement, the score sheets and the comments to moderate.
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Descriptions, Divider, Space, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../../shared/projects';
import { useMe } from '../../modules/auth/session';
import { evaluationKeys, getEvaluation, thisMonth } from '../../modules/evaluations/api';
import { ErrorState, LoadingState } from '../../ui/states';
import { CommentsPanel } from './comments-panel';
import { criterionName, ScorePanel } from './score-panel';
import { StatementPanel } from './statement-panel';

export function EvaluationTab({ p }: { p: ProjectDetail }) {
  const { t, i18n } = useTranslation('evaluations');
  const me = useMe().data;
  const [period, setPeriod] = useState(thisMonth());
  const query = useQuery({
    queryKey: evaluationKeys.detail(p.id, period),
    queryFn: () => getEvaluation(p.id, period),
  });
  const can = (permission: string) => me?.permissions.includes(permission) ?? false;
  const isOffice = p.allowedActions.includes('publish');
  const mayState = can('evaluation.state') && (isOffice || (me?.unitIds.includes(p.leadUnitId) ?? false));
  const e = query.data;
  return (
    <>
      <Space style={{ display: 'flex', marginBottom: 12 }}>
        {t('period')}
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${period}-01`)}
          onChange={(d) => d && setPeriod(d.format('YYYY-MM'))}
        />
      </Space>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !e ? (
        <LoadingState />
      ) : (
        <>
          <Space size="large" wrap>
            <Statistic
              title={t('meanTotal')}
              value={e.meanTotal ?? '—'}
              suffix={e.meanTotal === null ? undefined : `/ ${e.maxTotal}`}
            />
            <Statistic title={t('scorers')} value={e.scorers} />
            <Statistic title={t('votes.satisfied')} value={e.votes.satisfied} />
            <Statistic title={t('votes.basically_satisfied')} value={e.votes.basically_satisfied} />
            <Statistic title={t('votes.dissatisfied')} value={e.votes.dissatisfied} />
            <Statistic title={t('approvedComments')} value={e.approvedComments} />
          </Space>
          <Descriptions size="small" column={{ xs: 1, md: 4 }} style={{ marginTop: 12 }}>
            {e.criteria.map((c) => (
              <Descriptions.Item key={c.key} label={`${criterionName(c, i18n.language)} (${c.maxPoints})`}>
                {c.mean ?? '—'}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Divider titlePlacement="start">{t('statement')}</Divider>
          <StatementPanel
            key={`${period}${e.statement?.id ?? ''}`}
            projectId={p.id}
            period={period}
            statement={e.statement}
            mayState={mayState}
            isScored={e.scorers > 0}
          />
          <Divider titlePlacement="start">{t('scores')}</Divider>
          <ScorePanel
            projectId={p.id}
            period={period}
            rubric={e.criteria}
            sheets={e.sheets}
            mayScore={can('evaluation.score')}
          />
        </>
      )}
      <Divider titlePlacement="start">{t('comments')}</Divider>
      <CommentsPanel projectId={p.id} mayModerate={isOffice && can('evaluation.moderate')} />
    </>
  );
}
