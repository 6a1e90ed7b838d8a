import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { authKeys, changePassword } from '../../modules/auth/session';
import { applyFieldErrors, errorText } from '../../ui/errors';

type Values = { currentPassword: string; newPassword: string; repeat: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * Changes the signed-in account's password. The server then ends every session of the account (so a
 * stolen session dies with the old password): the console goes back to sign-in and says why.
 */
export function PasswordForm() {
  const { t } = useTranslation(['console', 'auth']);
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      await changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      client.clear();
      client.setQueryData(authKeys.me, null);
      void navigate('/console/login', {
        replace: true,
        state: { notice: t('auth:office.password.changed') },
      });
    } catch (error) {
      if (!applyFieldErrors(form, error, FIELDS)) {
        setFailure(errorText(error, t('auth:office.password.failed')));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 400 }}>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        name="currentPassword"
        label={t('auth:office.password.current')}
        rules={[{ required: true }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth:office.password.new')}
        extra={t('auth:office.password.rules')}
        rules={[{ required: true }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('auth:office.password.repeat')}
        dependencies={['newPassword']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth:office.password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isBusy}>
        {t('auth:office.password.submit')}
      </Button>
    </Form>
  );
}
