import { App, Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe, useSignOutOnExpiry } from '../../modules/auth/session';
import { ErrorState } from '../../ui/states';
import { AuthFrame } from '../auth/auth-frame';
import { ForcedPasswordChange, ForcedTotpEnrolment } from '../auth/forced-steps';

/**
 * Lets only a signed-in staff account through; an account the server still holds back (must change its
 * password, must enrol a second factor) gets that step first, as the API refuses everything else until then.
 */
export function SessionGate() {
  const { t } = useTranslation(['console', 'auth']);
  const me = useMe();
  const location = useLocation();
  const { message } = App.useApp();
  useSignOutOnExpiry(() => void message.warning(t('auth:office.auth.expired')));
  if (me.isLoading) {
    return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  }
  if (me.error) {
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/console/login?next=${next}`} replace />;
  }
  if (me.data.kind !== 'staff') {
    return (
      <Result
        status="info"
        title={t('gate.residentTitle')}
        subTitle={t('gate.resident')}
        extra={
          <Button type="primary" href="/m">
            {t('gate.toPhonePages')}
          </Button>
        }
      />
    );
  }
  if (me.data.mustChangePassword) {
    return (
      <AuthFrame title={t('auth:office.auth.mustChangeTitle')}>
        <ForcedPasswordChange me={me.data} />
      </AuthFrame>
    );
  }
  if (me.data.totpRequired && !me.data.totpEnabled) {
    return (
      <AuthFrame title={t('auth:office.auth.mustEnrolTitle')} wide>
        <ForcedTotpEnrolment />
      </AuthFrame>
    );
  }
  return <Outlet />;
}
