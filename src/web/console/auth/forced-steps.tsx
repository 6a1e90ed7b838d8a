import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../../shared/accounts';
import { useSignOut } from '../../modules/auth/session';
import { PasswordForm } from './password-form';
import { TotpEnrolment } from './totp-enrolment';

function SignOutLink() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Flex justify="flex-end" style={{ marginTop: 16 }}>
      <Button
        type="link"
        onClick={async () => {
          await signOut();
          void navigate('/console/login', { replace: true });
        }}
      >
        {t('actions.signOut')}
      </Button>
    </Flex>
  );
}

/** A new or reset account must choose its own password before anything else. */
export function ForcedPasswordChange({ me }: { me: Me }) {
  const { t } = useTranslation(['console', 'auth']);
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={t('auth:office.auth.mustChange', { name: me.displayName })}
        style={{ marginBottom: 16 }}
      />
      <PasswordForm />
      <SignOutLink />
    </>
  );
}

/** The security policy requires a second factor for one of this account's roles. */
export function ForcedTotpEnrolment() {
  const { t } = useTranslation(['console', 'auth']);
  return (
    <>
      <Alert type="info" showIcon title={t('auth:office.auth.mustEnrol')} style={{ marginBottom: 16 }} />
      <TotpEnrolment />
      <SignOutLink />
    </>
  );
}
