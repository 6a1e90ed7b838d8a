import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useMe, useSignIn } from '../../modules/auth/session';
import { errorText } from '../../ui/errors';
import { AuthFrame } from './auth-frame';

type Values = { username: string; password: string; totp?: string };

// The problem document names no message key, only its translated title; these are the server's titles for
// "second factor needed" and "second factor wrong" (platform/messages.ts) in both languages.
const TOTP_TITLES = new Set([
  '请输入动态验证码',
  'Enter the six-digit code from your authenticator app',
  '动态验证码错误',
  'The six-digit code is wrong',
]);

function asksForTotp(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && TOTP_TITLES.has(error.message);
}

/** Username and password; the six-digit code appears when the server asks for it. */
export function SignInPage() {
  const { t } = useTranslation(['console', 'auth']);
  const { t: tc } = useTranslation();
  const [form] = Form.useForm<Values>();
  const me = useMe();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [needsTotp, setNeedsTotp] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const next = params.get('next');
  const target = next?.startsWith('/console') ? next : '/console';

  if (me.data) {
    return <Navigate to={target} replace />;
  }

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      await signIn(values.username, values.password, needsTotp ? values.totp : undefined);
      void navigate(target, { replace: true });
    } catch (error) {
      if (asksForTotp(error)) {
        if (needsTotp) {
          form.setFields([{ name: 'totp', errors: [(error as ApiError).message] }]);
        }
        setNeedsTotp(true);
      } else {
        setFailure(errorText(error, t('auth:office.auth.failed')));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t('auth:office.auth.signInTitle')}>
      {notice ? <Alert type="success" showIcon title={notice} style={{ marginBottom: 16 }} /> : null}
      {failure ? (
        <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<Values> form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('auth:office.auth.username')}
          rules={[{ required: true, message: t('auth:office.auth.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth:office.auth.password')}
          rules={[{ required: true, message: t('auth:office.auth.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        {needsTotp ? (
          <Form.Item
            name="totp"
            label={t('auth:office.auth.totp')}
            extra={t('auth:office.auth.totpHint')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth:office.auth.totpFormat') }]}
          >
            <Input
              prefix={<SafetyOutlined />}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              autoFocus
            />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" block loading={isBusy}>
          {tc('actions.signIn')}
        </Button>
      </Form>
    </AuthFrame>
  );
}
