import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInbox, useMarkRead, useOpenNotice, useUnreadCount } from '../../modules/notifications/inbox';
import { formatTime } from '../../ui/time';

/** 消息: the bell with the unread count; opened, the latest notices — a click reads one and opens its subject. */
export function InboxBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount().data?.count ?? 0;
  const inbox = useInbox(open);
  const mark = useMarkRead();
  const openNotice = useOpenNotice('console');
  const content = (
    <div style={{ width: 360, maxHeight: 420, overflowY: 'auto' }} data-testid="inbox">
      {inbox.data?.items.length ? (
        <List
          size="small"
          dataSource={inbox.data.items}
          renderItem={(n) => (
            <List.Item
              style={{ cursor: 'pointer', background: n.isRead ? undefined : '#fff7f7' }}
              onClick={() => {
                if (openNotice(n)) {
                  setOpen(false);
                }
              }}
            >
              <List.Item.Meta
                title={<Typography.Text strong={!n.isRead}>{n.title}</Typography.Text>}
                description={
                  <>
                    <div>{n.body}</div>
                    <Typography.Text type="secondary">{formatTime(n.createdAt, 'short')}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inbox.empty')} />
      )}
    </div>
  );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span>{t('inbox.title')}</span>
          <Button size="small" type="link" disabled={unread === 0} onClick={() => mark.all.mutate()}>
            {t('inbox.markAllRead')}
          </Button>
        </div>
      }
      content={content}
    >
      <Button type="text" aria-label={t('inbox.bell', { count: unread })} data-testid="inbox-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
