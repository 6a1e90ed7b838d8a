import { BellOutlined, MessageOutlined, WechatOutlined } from '@ant-design/icons';
import { List, Switch, Toast } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticePreferencesUpdate } from '../../../shared/notifications';
import { useNoticePreferences, useUpdateNoticePreferences } from '../../modules/notifications/preferences';
import { useErrorText } from '../ui/states';

/** 消息通知: which outside channels bring notices; the in-app inbox stays on so nothing is missed. */
export function NoticeChannels() {
  const { t } = useTranslation();
  const choice = useNoticePreferences().data;
  const update = useUpdateNoticePreferences();
  const errorText = useErrorText();
  if (!choice) {
    return null;
  }
  const set = (channel: keyof NoticePreferencesUpdate, on: boolean) =>
    update.mutate(
      { sms: choice.sms, wechat: choice.wechat, [channel]: on },
      { onError: (error) => Toast.show({ content: errorText(error) }) },
    );
  const row = (channel: keyof NoticePreferencesUpdate, icon: ReactNode) => (
    <List.Item
      prefix={icon}
      extra={
        <Switch checked={choice[channel]} loading={update.isPending} aria-label={t(`notices.${channel}`)} />
      }
      onClick={() => set(channel, !choice[channel])}
      arrow={false}
      data-testid={`notice-${channel}`}
    >
      {t(`notices.${channel}`)}
    </List.Item>
  );
  return (
    <List header={t('notices.title')} mode="card">
      <List.Item
        prefix={<BellOutlined aria-hidden />}
        description={t('notices.inAppHint')}
        extra={<Switch checked disabled aria-label={t('notices.inApp')} />}
        arrow={false}
      >
        {t('notices.inApp')}
      </List.Item>
      {row('sms', <MessageOutlined aria-hidden />)}
      {row('wechat', <WechatOutlined aria-hidden />)}
    </List>
  );
}
