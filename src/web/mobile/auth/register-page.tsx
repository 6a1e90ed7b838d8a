import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { passwordHint, passwordRule } from '../../modules/auth/password-rules';
import { authKeys, register } from '../../modules/auth/session';
import { PlacePicker } from '../places/place-picker';
import { showProblem } from '../ui/form-errors';
import { Page } from '../ui/page';
import { FormError } from '../ui/states';
import { SmsCodeButton } from './sms-code-button';

type Values = { phone: string; code: string; password: string; displayName: string; homePlaceId: string };

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;

/** 居民注册: phone and SMS code, a password under the policy, a name, and the home down to the building. */
export function RegisterPage() {
  const { t } = useTranslation('mobile');
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const me = await register({ ...values, phone: values.phone.trim() });
      client.setQueryData(authKeys.me, me);
      void navigate('/m', { replace: true, state: { notice: 'registered' } });
    } catch (e) {
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={t('auth.registerTitle')}
      back="/m/login"
      footer={
        <Button
          block
          color="primary"
          size="large"
          loading={busy}
          onClick={() => form.submit()}
          data-testid="register-submit"
        >
          {t('auth.register')}
        </Button>
      }
    >
      <p className="lx-section">{t('auth.registerIntro')}</p>
      <FormError text={error} />
      <Form form={form} layout="vertical" mode="card" onFinish={(v) => void onFinish(v)}>
        <Form.Header>{t('auth.stepPhone')}</Form.Header>
        <Form.Item
          name="phone"
          label={t('auth.phone')}
          rules={[
            { required: true, message: t('auth.phoneRequired') },
            { pattern: PHONE_PATTERN, message: t('auth.phoneInvalid') },
          ]}
        >
          <Input
            type="tel"
            inputMode="numeric"
            maxLength={11}
            autoComplete="tel"
            placeholder={t('auth.phonePlaceholder')}
            clearable
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('auth.code')}
          description={sentTo ? t('auth.codeSent', { phone: maskPhone(sentTo) }) : t('auth.codeHint')}
          extra={<SmsCodeButton form={form} purpose="register" onSent={setSentTo} onError={setError} />}
          rules={[
            { required: true, message: t('auth.codeRequired') },
            { pattern: /^\d{6}$/, message: t('auth.codeInvalid') },
          ]}
        >
          <Input
            inputMode="numeric"
            maxLength={6}
            autoComplete="one-time-code"
            placeholder={t('auth.codePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.newPassword')}
          description={passwordHint(t)}
          rules={[{ required: true, message: t('auth.passwordRequired') }, passwordRule(t)]}
        >
          <Input type="password" autoComplete="new-password" placeholder={t('auth.newPasswordPlaceholder')} />
        </Form.Item>
        <Form.Header>{t('auth.stepAboutYou')}</Form.Header>
        <Form.Item
          name="displayName"
          label={t('auth.displayName')}
          description={t('auth.displayNameHint')}
          rules={[{ required: true, whitespace: true, message: t('auth.displayNameRequired') }]}
        >
          <Input
            maxLength={50}
            autoComplete="name"
            placeholder={t('auth.displayNamePlaceholder')}
            clearable
          />
        </Form.Item>
        <Form.Item
          name="homePlaceId"
          label={t('auth.home')}
          description={t('auth.homeHint')}
          rules={[{ required: true, message: t('auth.homeRequired') }]}
        >
          <PlacePicker
            rootId={null}
            isSelectable={(level) => level === 'building'}
            placeholder={t('auth.homePlaceholder')}
            testId="home-picker"
          />
        </Form.Item>
      </Form>
      <div className="lx-section">
        <Link to="/m/login" className="lx-link lx-touch">
          {t('auth.toSignIn')}
        </Link>
      </div>
    </Page>
  );
}

export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}
