import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, QRCode, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/accounts';
import { authKeys, confirmTotp, setUpTotp } from '../../modules/auth/session';
import { applyFieldErrors, errorText } from '../../ui/errors';

type Setup = Awaited<ReturnType<typeof setUpTotp>>;

/**
 * Second-factor enrolment: the server makes a secret (shown once, as a QR code and as text), the user's
 * authenticator app shows a code, the server checks it and turns the factor on.
 */
export function TotpEnrolment({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation(['console', 'auth']);
  const client = useQueryClient();
  const [form] = Form.useForm<{ code: string }>();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setSetup(await setUpTotp());
    } catch (error) {
      setFailure(errorText(error, t('auth:office.totp.failed')));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      await confirmTotp(code);
      client.setQueryData<Me | null>(authKeys.me, (me) => (me ? { ...me, totpEnabled: true } : me));
      await client.invalidateQueries({ queryKey: authKeys.me });
      onDone?.();
    } catch (error) {
      if (!applyFieldErrors(form, error, ['code'])) {
        setFailure(errorText(error, t('auth:office.totp.failed')));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      {setup ? (
        <Flex gap={24} wrap align="flex-start">
          <QRCode value={setup.otpauthUrl} size={168} bordered />
          <Flex vertical gap={8} style={{ flex: 1, minWidth: 220 }}>
            <Typography.Text>{t('auth:office.totp.scan')}</Typography.Text>
            <Typography.Text type="secondary">{t('auth:office.totp.orType')}</Typography.Text>
            <Typography.Text code copyable data-testid="totp-secret">
              {setup.secret}
            </Typography.Text>
            <Form form={form} layout="vertical" onFinish={confirm} style={{ marginTop: 8 }}>
              <Form.Item
                name="code"
                label={t('auth:office.totp.code')}
                rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth:office.totp.codeFormat') }]}
              >
                <Input
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  style={{ width: 160 }}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={isBusy}>
                {t('auth:office.totp.confirm')}
              </Button>
            </Form>
          </Flex>
        </Flex>
      ) : (
        <Flex vertical gap={12} align="flex-start">
          <Typography.Text>{t('auth:office.totp.intro')}</Typography.Text>
          <Button type="primary" onClick={() => void start()} loading={isBusy}>
            {t('auth:office.totp.start')}
          </Button>
        </Flex>
      )}
    </div>
  );
}
