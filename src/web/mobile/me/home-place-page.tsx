import { useQueryClient } from '@tanstack/react-query';
import { Button, Form } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { authKeys, updateMe, useMe } from '../../modules/auth/session';
import { PlacePicker } from '../places/place-picker';
import { showProblem } from '../ui/form-errors';
import { Page } from '../ui/page';
import { FormError } from '../ui/states';

/** 我的住址: where a resident lives, down to the building; new requests start from here. */
export function HomePlacePage() {
  const { t } = useTranslation(['mobile', 'common', 'tickets', 'auth']);
  const me = useMe();
  const [form] = Form.useForm<{ homePlaceId: string }>();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async ({ homePlaceId }: { homePlaceId: string }) => {
    setBusy(true);
    setError(null);
    try {
      client.setQueryData(authKeys.me, await updateMe({ homePlaceId }));
      void navigate('/m/me', { replace: true });
    } catch (e) {
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={t('me.homeTitle')}
      back="/m/me"
      footer={
        <Button block color="primary" size="large" loading={busy} onClick={() => form.submit()}>
          {t('common:actions.save')}
        </Button>
      }
    >
      <FormError text={error} />
      <Form
        form={form}
        layout="vertical"
        mode="card"
        initialValues={{ homePlaceId: me.data?.placeId ?? undefined }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="homePlaceId"
          label={t('auth:phone.auth.home')}
          description={t('me.homeHint')}
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
    </Page>
  );
}
