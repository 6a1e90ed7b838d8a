import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useSignIn } from '../../modules/auth/session';
import { PreferenceList } from '../me/preference-list';
import { showProblem } from '../ui/form-errors';
import { Page } from '../ui/page';
import { FormError } from '../ui/states';
import { Brand } from './brand';

type Values = { username: string; password: string };

/** Only same-site paths under /m may be returned to after sign-in. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/m') && !next.startsWith('//') ? next : '/m';
}

/** 登录: username or phone number, and password. */
export function SignInPage() {
  const { t } = useTranslation(['mobile', 'common', 'tickets', 'auth']);
  const [form] = Form.useForm<Values>();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const notice = (useLocation().state as { notice?: string; username?: string } | null) ?? {};
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.username.trim(), values.password);
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (e) {
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={t('auth:phone.auth.signInTitle')}
      footer={
        <Button block color="primary" size="large" loading={busy} onClick={() => form.submit()}>
          {t('common:actions.signIn')}
        </Button>
      }
    >
      <Brand />
      {notice.notice ? (
        <p className="lx-section" role="status">
          {t(`auth:phone.auth.notices.${notice.notice}`, { defaultValue: notice.notice })}
        </p>
      ) : null}
      <FormError text={error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ username: notice.username ?? '' }}
        mode="card"
      >
        <Form.Item
          name="username"
          label={t('auth:phone.auth.account')}
          rules={[{ required: true, message: t('auth:phone.auth.accountRequired') }]}
        >
          <Input placeholder={t('auth:phone.auth.accountPlaceholder')} autoComplete="username" clearable />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth:phone.auth.password')}
          rules={[{ required: true, message: t('auth:phone.auth.passwordRequired') }]}
        >
          <Input
            type="password"
            placeholder={t('auth:phone.auth.passwordPlaceholder')}
            autoComplete="current-password"
          />
        </Form.Item>
      </Form>
      <div className="lx-section lx-row">
        <Link to="/m/register" className="lx-link lx-touch" data-testid="to-register">
          {t('auth:phone.auth.toRegister')}
        </Link>
        <Link to="/m/reset-password" className="lx-link lx-touch">
          {t('auth:phone.auth.toReset')}
        </Link>
      </div>
      <PreferenceList />
    </Page>
  );
}
