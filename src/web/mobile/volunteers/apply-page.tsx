import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Radio, Selector, Space, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import { isIdNumberValid } from '../../../shared/volunteers';
import { applyToTeam, listOpenTeams, volunteerKeys } from '../../modules/volunteers/api';
import { showProblem } from '../ui/form-errors';
import { Page } from '../ui/page';
import { EmptyState, FormError, QueryState } from '../ui/states';

/** Skills offered as big buttons (elderly mode); anything else goes in the text box below. */
const COMMON_SKILLS = [
  '理发',
  '法律咨询',
  '健康义诊',
  '上门助老',
  '代办代购',
  '急救培训',
  '文艺宣传',
  '家电维修',
];

type Values = {
  unitId: string[];
  realName: string;
  idNumber: string;
  skills: string[];
  otherSkills?: string;
  availability?: string;
  isPartyMember: 'yes' | 'no';
  partyBranch?: string;
  partyWorkUnit?: string;
  note?: string;
};

/** 申请成为志愿者: choose a team of my community, real name and ID, skills, time, party identity (双报到). */
export function ApplyPage() {
  const { t } = useTranslation(['volunteers', 'mobile', 'common']);
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [isParty, setParty] = useState(false);
  const teams = useQuery({ queryKey: volunteerKeys.list('open'), queryFn: listOpenTeams });

  const onFinish = async (v: Values) => {
    setBusy(true);
    setError(null);
    const other = (v.otherSkills ?? '')
      .split(/[,，、\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    try {
      await applyToTeam({
        unitId: v.unitId[0] ?? '',
        realName: v.realName,
        idNumber: v.idNumber,
        skills: [...new Set([...(v.skills ?? []), ...other])],
        ...(v.availability ? { availability: v.availability } : {}),
        isPartyMember: v.isPartyMember === 'yes',
        ...(v.isPartyMember === 'yes' && v.partyBranch ? { partyBranch: v.partyBranch } : {}),
        ...(v.isPartyMember === 'yes' && v.partyWorkUnit ? { partyWorkUnit: v.partyWorkUnit } : {}),
        ...(v.note ? { note: v.note } : {}),
      });
      await client.invalidateQueries({ queryKey: volunteerKeys.all });
      void navigate('/m/volunteer', { replace: true });
    } catch (e) {
      setError(
        showProblem(form, e, t('mobile:errors.network'), (path) =>
          path === 'body.skills' ? 'otherSkills' : path.replace(/^body\./, ''),
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={t('phone.applyTitle')}
      back="/m/volunteer"
      footer={
        <Button
          block
          color="primary"
          size="large"
          loading={busy}
          onClick={() => form.submit()}
          data-testid="submit-application"
        >
          {t('phone.submit')}
        </Button>
      }
    >
      <FormError text={error} />
      <QueryState
        query={teams}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState title={t('phone.noOpenTeams')} description={t('phone.noOpenTeamsHint')} />}
      >
        {(data) => (
          <Form
            form={form}
            layout="vertical"
            mode="card"
            initialValues={{ isPartyMember: 'no', skills: [] }}
            onFinish={(v) => void onFinish(v)}
          >
            <Form.Header>{t('phone.whichTeam')}</Form.Header>
            <Form.Item name="unitId" rules={[{ required: true, message: t('phone.teamRequired') }]}>
              <Selector
                columns={1}
                data-testid="team-selector"
                options={data.items.map((team) => ({
                  value: team.id,
                  // One block, name over brand and skills: elderly mode's larger items stay readable.
                  label: (
                    <div style={{ display: 'block', textAlign: 'left' }}>
                      <div>{team.name}</div>
                      <div className="lx-muted" style={{ fontSize: 'var(--lx-small)' }}>
                        {[team.serviceBrand, team.skills.join('、')].filter(Boolean).join(' · ')}
                      </div>
                    </div>
                  ),
                }))}
              />
            </Form.Item>
            <Form.Header>{t('phone.aboutYou')}</Form.Header>
            <Form.Item
              name="realName"
              label={t('realName')}
              rules={[{ required: true, message: t('phone.realNameRequired') }]}
            >
              <Input maxLength={TEXT_LIMITS.personName.max} autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label={t('idNumber')}
              description={t('phone.idHint')}
              rules={[
                { required: true, message: t('phone.idRequired') },
                {
                  validator: (_, value: string | undefined) =>
                    !value || isIdNumberValid(value.trim())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('phone.idInvalid'))),
                },
              ]}
            >
              <Input maxLength={18} inputMode="text" autoComplete="off" />
            </Form.Item>
            <Form.Item name="skills" label={t('skills')}>
              <Selector multiple columns={2} options={COMMON_SKILLS.map((s) => ({ value: s, label: s }))} />
            </Form.Item>
            <Form.Item
              name="otherSkills"
              label={t('phone.otherSkills')}
              description={t('phone.otherSkillsHint')}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="availability" label={t('availability')}>
              <Input
                maxLength={TEXT_LIMITS.availability.max}
                placeholder={t('phone.availabilityPlaceholder')}
              />
            </Form.Item>
            <Form.Header>{t('phone.partyHeader')}</Form.Header>
            <Form.Item name="isPartyMember" label={t('phone.isPartyMember')}>
              <Radio.Group onChange={(v) => setParty(v === 'yes')}>
                <Space direction="vertical">
                  <Radio value="yes" data-testid="party-yes">
                    {t('phone.partyYes')}
                  </Radio>
                  <Radio value="no">{t('phone.partyNo')}</Radio>
                </Space>
              </Radio.Group>
            </Form.Item>
            {isParty ? (
              <>
                <Form.Item
                  name="partyBranch"
                  label={t('partyBranch')}
                  description={t('phone.partyBranchHint')}
                  rules={[{ required: true, message: t('phone.partyBranchRequired') }]}
                >
                  <Input maxLength={TEXT_LIMITS.partyBranch.max} />
                </Form.Item>
                <Form.Item name="partyWorkUnit" label={t('partyWorkUnit')}>
                  <Input maxLength={TEXT_LIMITS.partyBranch.max} />
                </Form.Item>
              </>
            ) : null}
            <Form.Item name="note" label={t('phone.note')}>
              <TextArea maxLength={TEXT_LIMITS.applicationNote.max} rows={2} showCount />
            </Form.Item>
          </Form>
        )}
      </QueryState>
    </Page>
  );
}
