import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import { passwordHint, passwordRule } from '../../modules/auth/password-rules';
import { authKeys, register } from '../../modules/auth/session';
import { PlacePicker } from '../places/place-picker';
import { showProblem } from '../ui/form-errors';
import { LimitedTextItem } from '../ui/limited-text';
import { Page } from '../ui/page';
import { FormError } from '../ui/states';
import { SmsCodeButton } from './sms-code-button';

type Values = { phone: string; code: string; password: string; displayName: string; homePlaceId: string };

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;

/** 居民注册: phone and SMS code, a password under the policy, a name, and the home down to the building. */
export function RegisterPage() {
  const { t } = useTranslation(['mobile', 'auth']);
  const { t: ta } = useTranslation('auth');
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
      title={t('auth:phone.auth.registerTitle')}
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
          {t('auth:phone.auth.register')}
        </Button>
      }
    >
      <p className="lx-section">{t('auth:phone.auth.registerIntro')}</p>
      <FormError text={error} />
      <Form form={form} layout="vertical" mode="card" onFinish={(v) => void onFinish(v)}>
        <Form.Header>{t('auth:phone.auth.stepPhone')}</Form.Header>
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
          extra={<SmsCodeButton form={form} purpose="register" onSent={setSentTo} onError={setError} />}
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
          name="password"
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
        <Form.Header>{t('auth:phone.auth.stepAboutYou')}</Form.Header>
        <LimitedTextItem
          name="displayName"
          label={t('auth:phone.auth.displayName')}
          description={t('auth:phone.auth.displayNameHint')}
          limit={TEXT_LIMITS.personName}
          requiredMessage={t('auth:phone.auth.displayNameRequired')}
          placeholder={t('auth:phone.auth.displayNamePlaceholder')}
          autoComplete="name"
          clearable
        />
        <Form.Item
          name="homePlaceId"
          label={t('auth:phone.auth.home')}
          description={t('auth:phone.auth.homeHint')}
          rules={[{ required: true, message: t('auth:phone.auth.homeRequired') }]}
        >
          <PlacePicker
            rootId={null}
            isSelectable={(level) => level === 'building'}
            hideGrids
            placeholder={t('auth:phone.auth.homePlaceholder')}
            testId="home-picker"
          />
        </Form.Item>
      </Form>
      <div className="lx-section">
        <Link to="/m/login" className="lx-link lx-touch">
          {t('auth:phone.auth.toSignIn')}
        </Link>
      </div>
    </Page>
  );
}

export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}
