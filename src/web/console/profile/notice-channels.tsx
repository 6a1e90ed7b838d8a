import { App, Form, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticePreferencesUpdate } from '../../../shared/notifications';
import { useNoticePreferences, useUpdateNoticePreferences } from '../../modules/notifications/preferences';
import { errorText } from '../../ui/errors';

/** Which outside channels bring my notices; the in-app inbox stays on so nothing is missed. */
export function NoticeChannels() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const choice = useNoticePreferences().data;
  const update = useUpdateNoticePreferences();
  if (!choice) {
    return null;
  }
  const set = (channel: keyof NoticePreferencesUpdate, on: boolean) =>
    update.mutate(
      { sms: choice.sms, wechat: choice.wechat, [channel]: on },
      { onError: (error) => void message.error(errorText(error, t('states.errorHint'))) },
    );
  return (
    <Form layout="horizontal" colon={false}>
      <Form.Item label={t('notices.inApp')} extra={t('notices.inAppHint')}>
        <Switch checked disabled />
      </Form.Item>
      {(['sms', 'wechat'] as const).map((channel) => (
        <Form.Item key={channel} label={t(`notices.${channel}`)}>
          <Switch
            checked={choice[channel]}
            loading={update.isPending}
            onChange={(on) => set(channel, on)}
            data-testid={`notice-${channel}`}
          />
        </Form.Item>
      ))}
    </Form>
  );
}
