import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../shared/volunteers';
import { getTeam, volunteerKeys } from '../../modules/volunteers/api';
import { ErrorState, LoadingState } from '../../ui/states';

/** A team's details and its members: volunteer number, party identity (亮身份), leader. */
export function TeamDetailDrawer({ teamId, onClose }: { teamId: string; onClose: () => void }) {
  const { t } = useTranslation(['console', 'volunteers']);
  const team = useQuery({ queryKey: volunteerKeys.detail(teamId), queryFn: () => getTeam(teamId) });
  return (
    <Drawer open width={640} title={team.data?.name ?? t('volunteers:teams')} onClose={onClose}>
      {team.isPending ? <LoadingState /> : null}
      {team.isError ? <ErrorState error={team.error} onRetry={() => void team.refetch()} /> : null}
      {team.data ? (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('volunteers:serviceBrand')}>
              {team.data.serviceBrand ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers:place')}>{team.data.placeName}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers:station')}>
              {team.data.stationName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers:leader')}>
              {team.data.leaderName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers:skills')}>
              {team.data.skills.length ? team.data.skills.map((s) => <Tag key={s}>{s}</Tag>) : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Table<TeamMember>
            rowKey="accountId"
            size="small"
            pagination={false}
            dataSource={team.data.members}
            locale={{ emptyText: t('volunteers:noMembers') }}
            columns={[
              {
                title: t('volunteers:memberName'),
                key: 'name',
                render: (_: unknown, m: TeamMember) => (
                  <>
                    {m.displayName}
                    {m.isLeader ? (
                      <Tag color="blue" style={{ marginLeft: 6 }}>
                        {t('volunteers:leaderTag')}
                      </Tag>
                    ) : null}
                    {m.isPartyMember ? <Tag color="red">{t('volunteers:partyMember')}</Tag> : null}
                  </>
                ),
              },
              {
                title: t('volunteers:volunteerNumber'),
                dataIndex: 'volunteerNumber',
                render: (v: string | null) => v ?? '—',
              },
              {
                title: t('volunteers:skills'),
                dataIndex: 'skills',
                render: (skills: string[]) => skills.map((s) => <Tag key={s}>{s}</Tag>),
              },
            ]}
          />
        </>
      ) : null}
    </Drawer>
  );
}
