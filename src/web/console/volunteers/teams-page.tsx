import { useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationStatus, Team } from '../../../shared/volunteers';
import { APPLICATION_STATUSES } from '../../../shared/volunteers';
import {
  type ApplicationFilters,
  approveApplication,
  listApplications,
  listTeams,
  type TeamFilters,
  volunteerKeys,
} from '../../modules/volunteers/api';
import { errorText } from '../../ui/errors';
import { ListTable } from '../../ui/list-table';
import { MaskedText } from '../../ui/masked';
import { PageFrame, Panel } from '../../ui/page-frame';
import { formatTime } from '../../ui/time';
import { useCursorList } from '../../ui/use-cursor-list';
import { DeclineModal } from './decline-modal';
import { TeamDetailDrawer } from './team-detail';
import { TeamModal } from './team-modal';

const NO_FILTERS: TeamFilters = {};

/** Volunteer teams with their members, and the applications waiting for the office or a team's leader. */
export function TeamsPage() {
  const { t } = useTranslation(['console', 'volunteers']);
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [status, setStatus] = useState<ApplicationStatus>('pending');
  const [showing, setShowing] = useState<string | null>(null);
  const [editing, setEditing] = useState<Team | null>(null);
  const [declining, setDeclining] = useState<Application | null>(null);
  const teams = useCursorList(volunteerKeys.list('teams'), NO_FILTERS, listTeams);
  // One object per status: the list starts over only when the filter really changes.
  const appFilters = useMemo<ApplicationFilters>(() => ({ status }), [status]);
  const applications = useCursorList(volunteerKeys.list('applications'), appFilters, listApplications);
  const refresh = () => void client.invalidateQueries({ queryKey: volunteerKeys.all });

  const approve = (a: Application) =>
    modal.confirm({
      title: t('volunteers:approveTitle', { name: a.realName, team: a.teamName }),
      content: t('volunteers:approveHint'),
      okText: t('volunteers:approve'),
      onOk: async () => {
        try {
          await approveApplication(a.id);
          void message.success(t('volunteers:approved', { name: a.realName }));
          refresh();
        } catch (error) {
          modal.error({ title: t('volunteers:decisionFailed'), content: errorText(error, t('saveFailed')) });
        }
      },
    });

  return (
    <PageFrame title={t('volunteers:title')} description={t('volunteers:description')}>
      <Panel title={t('volunteers:teams')}>
        <ListTable<Team>
          list={teams}
          rowKey="id"
          emptyHint={t('volunteers:noTeams')}
          columns={[
            { title: t('volunteers:teamName'), dataIndex: 'name', fixed: 'left' },
            {
              title: t('volunteers:serviceBrand'),
              dataIndex: 'serviceBrand',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('volunteers:leader'),
              dataIndex: 'leaderName',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('volunteers:station'),
              dataIndex: 'stationName',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('volunteers:skills'),
              dataIndex: 'skills',
              render: (skills: string[]) => skills.map((s) => <Tag key={s}>{s}</Tag>),
            },
            { title: t('volunteers:members'), dataIndex: 'memberCount', align: 'right' },
            {
              title: t('volunteers:pending'),
              dataIndex: 'pendingCount',
              align: 'right',
              render: (n: number) => (n > 0 ? <Badge count={n} color="orange" /> : '0'),
            },
            {
              title: t('operations'),
              key: 'actions',
              fixed: 'right',
              render: (_: unknown, team: Team) => (
                <Space size={0}>
                  <Button type="link" onClick={() => setShowing(team.id)}>
                    {t('volunteers:showMembers')}
                  </Button>
                  {team.allowedActions.includes('update') ? (
                    <Button type="link" onClick={() => setEditing(team)}>
                      {t('volunteers:editTeam')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Panel>
      <Panel
        title={
          <Space wrap>
            {t('volunteers:applications')}
            <Segmented<ApplicationStatus>
              value={status}
              onChange={setStatus}
              options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`volunteers:status.${s}`) }))}
            />
          </Space>
        }
      >
        <ListTable<Application>
          list={applications}
          rowKey="id"
          emptyHint={t('volunteers:noApplications')}
          columns={[
            {
              title: t('volunteers:applicant'),
              key: 'applicant',
              fixed: 'left',
              render: (_: unknown, a: Application) => (
                <Space size={4} wrap>
                  <span>{a.realName}</span>
                  {a.isPartyMember ? <Tag color="red">{t('volunteers:partyMember')}</Tag> : null}
                </Space>
              ),
            },
            {
              title: t('volunteers:idNumber'),
              dataIndex: 'idNumber',
              render: (v: string) => <MaskedText value={v} />,
            },
            { title: t('volunteers:team'), dataIndex: 'teamName' },
            {
              title: t('volunteers:skills'),
              dataIndex: 'skills',
              render: (skills: string[]) => skills.map((s) => <Tag key={s}>{s}</Tag>),
            },
            {
              title: t('volunteers:availability'),
              dataIndex: 'availability',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('volunteers:partyBranch'),
              dataIndex: 'partyBranch',
              render: (v: string | null, a: Application) =>
                v ? (
                  <Typography.Text>
                    {v}
                    {a.partyWorkUnit ? (
                      <Typography.Text type="secondary">（{a.partyWorkUnit}）</Typography.Text>
                    ) : null}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            {
              title: t('volunteers:appliedAt'),
              dataIndex: 'createdAt',
              render: (v: string) => formatTime(v),
            },
            ...(status === 'declined'
              ? [{ title: t('volunteers:reason'), dataIndex: 'reason' as const }]
              : []),
            {
              title: t('operations'),
              key: 'actions',
              fixed: 'right',
              render: (_: unknown, a: Application) =>
                a.allowedActions.includes('approve') ? (
                  <Space size={0}>
                    <Button type="link" onClick={() => approve(a)}>
                      {t('volunteers:approve')}
                    </Button>
                    <Button type="link" danger onClick={() => setDeclining(a)}>
                      {t('volunteers:decline')}
                    </Button>
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t(`volunteers:status.${a.status}`)}</Typography.Text>
                ),
            },
          ]}
        />
      </Panel>
      {showing ? <TeamDetailDrawer teamId={showing} onClose={() => setShowing(null)} /> : null}
      {editing ? (
        <TeamModal
          team={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
      {declining ? (
        <DeclineModal
          application={declining}
          onClose={() => setDeclining(null)}
          onSaved={() => {
            setDeclining(null);
            refresh();
          }}
        />
      ) : null}
    </PageFrame>
  );
}
