import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { Me } from '../../../shared/accounts';
import { useMe } from '../../modules/auth/session';
import { hasPermission, homePath, type NeededPermission } from './nav';

/** The signed-in account; only used below the session gate, which renders nothing until it is known. */
export function useSignedIn(): Me {
  const { data } = useMe();
  if (!data) {
    throw new Error('useSignedIn outside the session gate');
  }
  return data;
}

/** A page the account's roles do not reach says so (the menu never links there; a typed URL might). */
export function PermissionGate({
  permission,
  children,
}: {
  permission: NeededPermission;
  children: ReactNode;
}) {
  const me = useSignedIn();
  const { t } = useTranslation('console');
  if (!hasPermission(me, permission)) {
    return (
      <Result
        status="403"
        title={t('gate.forbiddenTitle')}
        subTitle={t('gate.forbidden')}
        extra={
          <Link to={homePath(me)}>
            <Button type="primary">{t('gate.home')}</Button>
          </Link>
        }
      />
    );
  }
  return children;
}

export function HomeRedirect() {
  const me = useSignedIn();
  return <Navigate to={homePath(me)} replace />;
}

export function NotFoundPage() {
  const { t } = useTranslation('console');
  return (
    <Result
      status="404"
      title={t('gate.notFoundTitle')}
      subTitle={t('gate.notFound')}
      extra={
        <Link to="/console">
          <Button type="primary">{t('gate.home')}</Button>
        </Link>
      }
    />
  );
}
