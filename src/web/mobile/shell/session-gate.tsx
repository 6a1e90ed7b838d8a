import { Button, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe, useSignOutOnExpiry } from '../../modules/auth/session';
import { ChangePasswordPage } from '../me/change-password-page';
import { ErrorState, LoadingState } from '../ui/states';

/**
 * Lets only a signed-in account through. An account that must change its password does that first (the API
 * refuses everything else until then); one that must enrol a second factor is sent to the office console.
 */
export function SessionGate() {
  const { t } = useTranslation('mobile');
  const me = useMe();
  const location = useLocation();
  useSignOutOnExpiry();
  if (me.isPending) {
    return <LoadingState rows={3} />;
  }
  if (me.isError) {
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/m/login?next=${next}`} replace />;
  }
  if (me.data.mustChangePassword) {
    return <ChangePasswordPage forced />;
  }
  if (me.data.totpRequired && !me.data.totpEnabled) {
    return (
      <ErrorBlock status="default" title={t('gate.totpTitle')} description={t('gate.totp')}>
        <Button color="primary" size="large" onClick={() => window.location.assign('/console')}>
          {t('gate.toConsole')}
        </Button>
      </ErrorBlock>
    );
  }
  return <Outlet />;
}
