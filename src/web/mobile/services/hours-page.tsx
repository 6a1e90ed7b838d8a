import { Button, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../modules/auth/session';
import { certificateUrl } from '../../modules/certificates/api';
import { hoursOf, type ServiceHour, useHours } from '../../modules/services/api';
import { formatTime } from '../../ui/time';
import { PagedList } from '../tickets/ticket-list';
import { Page, Section } from '../ui/page';
import { EmptyState } from '../ui/states';

const STATUS_COLOR = { pending: 'warning', confirmed: 'success', reversed: 'default' } as const;

/**
 * 我的服务时长: the confirmed total, large, every entry with its status in words, and the service record
 * certificate of the confirmed hours to download (a PDF the phone opens itself).
 */
export function HoursPage() {
  const { t } = useTranslation(['services', 'certificates']);
  const me = useMe().data;
  const query = useHours({});
  const total = query.data?.pages[0]?.totalMinutes ?? 0;
  const { hours, minutes } = hoursOf(total);
  return (
    <Page
      title={t('phone.hours.title')}
      back="/m/services/tasks"
      footer={
        me && total > 0 ? (
          <Button
            block
            color="primary"
            size="large"
            data-testid="certificate-download"
            onClick={() => {
              window.open(certificateUrl(me.id), '_blank', 'noopener');
            }}
          >
            {t('certificates:download.button')}
          </Button>
        ) : undefined
      }
    >
      <Section>
        <div className="lx-muted">{t('phone.hours.total')}</div>
        <div className="lx-big-number" data-testid="hours-total">
          {t('hours.value', { hours, minutes })}
        </div>
        <div className="lx-muted">{t('phone.hours.totalHint')}</div>
        {total > 0 ? <div className="lx-muted">{t('certificates:download.hint')}</div> : null}
      </Section>
      <PagedList<ServiceHour>
        query={query}
        empty={<EmptyState title={t('phone.hours.empty')} description={t('phone.hours.emptyHint')} />}
        renderItem={(h) => (
          <article key={h.id} className="lx-section lx-ticket-card" data-testid="hour-entry">
            <div className="lx-row">
              <Tag color={STATUS_COLOR[h.status]}>{t(`status.${h.status}`)}</Tag>
              <strong>{t('minutes', { n: h.minutes })}</strong>
            </div>
            <h3 className="lx-card-title">
              {h.ticketId ? <Link to={`/m/tickets/${h.ticketId}`}>{h.content}</Link> : h.content}
            </h3>
            <div className="lx-muted">
              {h.unitName ? `${h.unitName} · ` : ''}
              {formatTime(h.servedAt)}
            </div>
            {h.reverseReason ? (
              <div className="lx-muted">{t('phone.hours.reversed', { reason: h.reverseReason })}</div>
            ) : null}
          </article>
        )}
      />
    </Page>
  );
}
