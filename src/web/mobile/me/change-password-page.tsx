import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { passwordHint, passwordRule } from '../../modules/auth/password-rules';
import { authKeys, changePassword } from '../../modules/auth/session';
import { showProblem } from '../ui/form-errors';
import { Page } from '../ui/page';
import { FormError } from '../ui/states';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** 修改密码. The server ends every session afterwards, so the next screen is sign-in with the new one. */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation(['mobile', 'auth']);
  const { t: ta } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    setError(null);
    try {
      await changePassword({ currentPassword, newPassword });
      client.clear();
      client.setQueryData(authKeys.me, null);
      void navigate('/m/login', { replace: true, state: { notice: 'passwordChanged' } });
    } catch (e) {
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={forced ? t('me.mustChangeTitle') : t('me.changePassword')}
      {...(forced ? {} : { back: '/m/me' })}
      footer={
        <Button block color="primary" size="large" loading={busy} onClick={() => form.submit()}>
          {tc('actions.save')}
        </Button>
      }
    >
      {forced ? <p className="lx-section">{t('me.mustChange')}</p> : null}
      <FormError text={error} />
      <Form form={form} layout="vertical" mode="card" onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="currentPassword"
          label={t('me.currentPassword')}
          rules={[{ required: true, message: t('auth:phone.auth.passwordRequired') }]}
        >
          <Input
            type="password"
            autoComplete="current-password"
            placeholder={t('auth:phone.auth.passwordPlaceholder')}
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
        <Form.Item
          name="confirm"
          label={t('me.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('auth:phone.auth.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: async (_: unknown, value: string) => {
                if (value && value !== getFieldValue('newPassword')) {
                  throw new Error(t('me.passwordsDiffer'));
                }
              },
            }),
          ]}
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
