import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, List, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Application, MyVolunteering } from '../../../shared/volunteers';
import { authKeys } from '../../modules/auth/session';
import {
  getMyVolunteering,
  leaveTeam,
  volunteerKeys,
  withdrawApplication,
} from '../../modules/volunteers/api';
import { Page, Section } from '../ui/page';
import { QueryState, useErrorText } from '../ui/states';

const STATUS_COLOR: Record<Application['status'], string> = {
  pending: 'warning',
  approved: 'success',
  declined: 'danger',
  withdrawn: 'default',
};

/** 志愿服务: my volunteer number, party identity (亮身份) and teams; my applications; apply to a team. */
export function VolunteerPage() {
  const { t } = useTranslation(['volunteers', 'mobile', 'common']);
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorText = useErrorText();
  const mine = useQuery({ queryKey: volunteerKeys.detail('me'), queryFn: getMyVolunteering });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: volunteerKeys.all });
    void client.invalidateQueries({ queryKey: authKeys.me });
  };
  const leave = async (id: string, name: string) => {
    if (!(await Dialog.confirm({ content: t('leaveConfirm', { team: name }) }))) {
      return;
    }
    try {
      await leaveTeam(id);
      Toast.show({ content: t('left', { team: name }) });
      refresh();
    } catch (e) {
      Toast.show({ content: errorText(e) });
    }
  };
  const withdraw = async (a: Application) => {
    try {
      await withdrawApplication(a.id);
      refresh();
    } catch (e) {
      Toast.show({ content: errorText(e) });
    }
  };
  return (
    <Page
      title={t('phone.title')}
      back="/m/me"
      footer={
        <Button
          block
          color="primary"
          size="large"
          onClick={() => void navigate('/m/volunteer/apply')}
          data-testid="apply"
        >
          {t('phone.apply')}
        </Button>
      }
    >
      <QueryState query={mine}>
        {(data: MyVolunteering) => (
          <>
            {data.profile ? (
              <Section title={t('phone.profile')}>
                <div className="lx-row" style={{ justifyContent: 'flex-start', flexWrap: 'wrap', gap: 8 }}>
                  <h2 className="lx-title" style={{ margin: 0 }}>
                    {data.profile.realName}
                  </h2>
                  {data.profile.isPartyMember ? (
                    <Tag color="danger" fill="solid" data-testid="party-tag">
                      {t('partyMember')}
                    </Tag>
                  ) : null}
                </div>
                <List style={{ '--border-top': 'none' }}>
                  <List.Item extra={<span data-testid="volunteer-number">{data.profile.number}</span>}>
                    {t('volunteerNumber')}
                  </List.Item>
                  <List.Item extra={data.profile.idNumber}>{t('idNumber')}</List.Item>
                  {data.profile.isPartyMember ? (
                    <>
                      <List.Item description={data.profile.partyWorkUnit ?? undefined}>
                        {t('partyBranch')}：{data.profile.partyBranch}
                      </List.Item>
                      <List.Item extra={data.profile.homeCommunityName ?? '—'}>{t('reportsTo')}</List.Item>
                    </>
                  ) : null}
                  {data.profile.skills.length ? (
                    <List.Item description={data.profile.skills.join('、')}>{t('skills')}</List.Item>
                  ) : null}
                </List>
              </Section>
            ) : (
              <Section>
                <p className="lx-muted" style={{ margin: 0 }}>
                  {t('phone.notYet')}
                </p>
              </Section>
            )}
            {data.profile?.teams.length ? (
              <List header={t('phone.myTeams')} mode="card">
                {data.profile.teams.map((team) => (
                  <List.Item
                    key={team.id}
                    description={team.serviceBrand ?? undefined}
                    extra={
                      <Button size="small" fill="outline" onClick={() => void leave(team.id, team.name)}>
                        {t('phone.leave')}
                      </Button>
                    }
                  >
                    {team.name}
                  </List.Item>
                ))}
              </List>
            ) : null}
            {data.applications.length ? (
              <List header={t('applications')} mode="card">
                {data.applications.map((a) => (
                  <List.Item
                    key={a.id}
                    data-testid="my-application"
                    description={
                      a.status === 'declined' && a.reason
                        ? t('phone.declinedBecause', { reason: a.reason })
                        : undefined
                    }
                    extra={
                      a.allowedActions.includes('withdraw') ? (
                        <Button size="small" fill="outline" onClick={() => void withdraw(a)}>
                          {t('phone.withdraw')}
                        </Button>
                      ) : null
                    }
                  >
                    {a.teamName}{' '}
                    <Tag color={STATUS_COLOR[a.status]} fill="outline">
                      {t(`status.${a.status}`)}
                    </Tag>
                  </List.Item>
                ))}
              </List>
            ) : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}
