import { Alert, Col, Descriptions, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { MaskedText } from '../../ui/masked';
import { PageFrame, Panel } from '../../ui/page-frame';
import { PasswordForm } from '../auth/password-form';
import { TotpEnrolment } from '../auth/totp-enrolment';
import { useSignedIn } from '../shell/gates';
import { NoticeChannels } from './notice-channels';

/** My account: who I am and where, my password, my second factor, my notice channels. Sign-out sits in the header. */
export function ProfilePage() {
  const { t } = useTranslation(['console', 'accounts']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  return (
    <PageFrame title={t('profile.title')}>
      <Panel title={t('profile.account')}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          bordered
          size="middle"
          items={[
            { key: 'username', label: t('accounts:username'), children: me.username },
            { key: 'name', label: t('accounts:displayName'), children: me.displayName },
            {
              key: 'roles',
              label: t('accounts:roles'),
              children: me.roles.map((r) => <Tag key={r}>{tc(`roles.${r}`)}</Tag>),
            },
            { key: 'place', label: t('accounts:place'), children: me.placeName ?? t('wholeTree') },
            { key: 'phone', label: t('phone'), children: <MaskedText value={me.phone} /> },
            {
              key: 'totp',
              label: t('profile.totp'),
              children: me.totpEnabled ? (
                <Tag color="success">{t('profile.totpOn')}</Tag>
              ) : (
                <Tag>{me.totpRequired ? t('profile.totpRequired') : t('profile.totpOff')}</Tag>
              ),
            },
          ]}
        />
      </Panel>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Panel title={t('profile.changePassword')}>
            <PasswordForm />
          </Panel>
        </Col>
        <Col xs={24} lg={12}>
          <Panel title={me.totpEnabled ? t('profile.totpRenew') : t('profile.totpEnrol')}>
            {me.totpEnabled ? (
              <Alert
                type="warning"
                showIcon
                title={t('profile.totpRenewWarning')}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            <TotpEnrolment />
          </Panel>
        </Col>
      </Row>
      <Panel title={tc('notices.title')}>
        <NoticeChannels />
      </Panel>
    </PageFrame>
  );
}
