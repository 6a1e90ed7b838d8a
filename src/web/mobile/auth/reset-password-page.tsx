import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { passwordHint, passwordRule } from '../../modules/auth/password-rules';
import { resetPassword } from '../../modules/auth/session';
import { showProblem } from '../ui/form-errors';
import { Page } from '../ui/page';
import { FormError } from '../ui/states';
import { maskPhone, PHONE_PATTERN } from './register-page';
import { SmsCodeButton } from './sms-code-button';

type Values = { phone: string; code: string; newPassword: string };

/** 找回密码: a code to the registered phone, then a new password; every old session ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation(['mobile', 'auth']);
  const { t: ta } = useTranslation('auth');
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await resetPassword({ ...values, phone: values.phone.trim() });
      void navigate('/m/login', {
        replace: true,
        state: { notice: 'passwordReset', username: values.phone },
      });
    } catch (e) {
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={t('auth:phone.auth.resetTitle')}
      back="/m/login"
      footer={
        <Button block color="primary" size="large" loading={busy} onClick={() => form.submit()}>
          {t('auth:phone.auth.resetSubmit')}
        </Button>
      }
    >
      <p className="lx-section">{t('auth:phone.auth.resetIntro')}</p>
      <FormError text={error} />
      <Form form={form} layout="vertical" mode="card" onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="phone"
          label={t('auth:phone.auth.phone')}
          rules={[
            { required: true, message: t('auth:phone.auth.phoneRequired') },
            { pattern: PHONE_PATTERN, message: t('auth:phone.auth.phoneInvalid') },
          ]}
        >
          <Input
            type="tel"
            inputMode="numeric"
            maxLength={11}
            autoComplete="tel"
            placeholder={t('auth:phone.auth.phonePlaceholder')}
            clearable
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('auth:phone.auth.code')}
          description={
            sentTo
              ? t('auth:phone.auth.codeSent', { phone: maskPhone(sentTo) })
              : t('auth:phone.auth.codeHint')
          }
          extra={<SmsCodeButton form={form} purpose="reset" onSent={setSentTo} onError={setError} />}
          rules={[
            { required: true, message: t('auth:phone.auth.codeRequired') },
            { pattern: /^\d{6}$/, message: t('auth:phone.auth.codeInvalid') },
          ]}
        >
          <Input
            inputMode="numeric"
            maxLength={6}
            autoComplete="one-time-code"
            placeholder={t('auth:phone.auth.codePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth:phone.auth.newPassword')}
          description={passwordHint(ta)}
          rules={[{ required: true, message: t('auth:phone.auth.passwordRequired') }, passwordRule(ta)]}
        >
          <Input
            type="password"
            autoComplete="new-password"
            placeholder={t('auth:phone.auth.newPasswordPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Page>
  );
}
