import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useInbox, useMarkRead, useOpenNotice, useUnreadCount } from '../../modules/notifications/inbox';
import { formatTime } from '../../ui/time';
import { Page } from '../ui/page';
import { EmptyState, QueryState } from '../ui/states';

/** 消息: the latest notices, unread ones bold; a tap reads one and opens what it is about. */
export function InboxPage() {
  const { t } = useTranslation(['common', 'mobile']);
  const inbox = useInbox();
  const unread = useUnreadCount().data?.count ?? 0;
  const mark = useMarkRead();
  const openNotice = useOpenNotice('mobile');
  return (
    <Page
      title={t('inbox.title')}
      back="/m"
      right={
        unread > 0 ? (
          <Button size="small" fill="none" color="primary" onClick={() => mark.all.mutate()}>
            {t('inbox.markAllRead')}
          </Button>
        ) : null
      }
    >
      <QueryState query={inbox}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title={t('inbox.empty')} />
          ) : (
            <List mode="card" data-testid="inbox">
              {page.items.map((n) => (
                <List.Item
                  key={n.id}
                  description={
                    <>
                      <div>{n.body}</div>
                      <div className="lx-muted">{formatTime(n.createdAt)}</div>
                    </>
                  }
                  prefix={
                    n.isRead ? null : (
                      // A dot says nothing by itself: named as an image, so screen readers say 未读.
                      <span role="img" aria-label={t('inbox.unread')}>
                        <Badge content={Badge.dot} />
                      </span>
                    )
                  }
                  onClick={() => openNotice(n)}
                >
                  <span style={{ fontWeight: n.isRead ? 'normal' : 'bold' }}>{n.title}</span>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </Page>
  );
}

/** The bell in a page's corner: the unread count, a tap to 消息. */
export function InboxBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data?.count ?? 0;
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="lx-bell"
      aria-label={t('inbox.bell', { count: unread })}
      data-testid="inbox-bell"
      onClick={() => void navigate('/m/messages')}
    >
      <Badge content={unread > 0 ? (unread > 99 ? '99+' : unread) : null}>
        <BellOutlined aria-hidden />
      </Badge>
    </button>
  );
}
