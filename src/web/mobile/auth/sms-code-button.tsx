import { Button } from 'antd-mobile';
import type { FormInstance } from 'antd-mobile/es/components/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendSmsCode } from '../../modules/auth/session';
import { showProblem } from '../ui/form-errors';

const RESEND_SECONDS = 60;

/**
 * Sends the one-time code to the phone in the form's `phone` field. The server allows one code a minute; the
 * button says when the next one may be asked for, and the code itself stays valid for five minutes.
 */
export function SmsCodeButton({
  form,
  purpose,
  onSent,
  onError,
}: {
  form: FormInstance;
  purpose: 'register' | 'reset';
  onSent: (phone: string) => void;
  onError: (text: string | null) => void;
}) {
  const { t } = useTranslation(['mobile', 'auth']);
  const [wait, setWait] = useState(0);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    if (wait <= 0) {
      return;
    }
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  const send = async () => {
    onError(null);
    try {
      await form.validateFields(['phone']);
    } catch {
      return;
    }
    const phone = String(form.getFieldValue('phone') ?? '').trim();
    setSending(true);
    try {
      await sendSmsCode({ phone, purpose });
      setWait(RESEND_SECONDS);
      onSent(phone);
    } catch (error) {
      onError(showProblem(form, error, t('errors.network')));
    } finally {
      setSending(false);
    }
  };
  return (
    <Button
      size="small"
      color="primary"
      fill="outline"
      loading={sending}
      disabled={wait > 0}
      onClick={() => void send()}
      data-testid="send-code"
    >
      {wait > 0 ? t('auth:phone.auth.resendIn', { seconds: wait }) : t('auth:phone.auth.sendCode')}
    </Button>
  );
}
