import { Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TICKET_STATES, type TicketState } from '../../../shared/tickets';
import type { TicketEvent } from '../../modules/tickets/api';
import { formatTime } from '../../ui/time';

const isState = (s: unknown): s is TicketState => TICKET_STATES.includes(s as TicketState);

// What a move's data adds to its line: the unit dispatched to, the days added, the rating …
function detailsOf(event: TicketEvent, t: TFunction<'tickets'>): string[] {
  const d = event.data;
  const parts: string[] = [];
  if (typeof d.unitName === 'string') {
    parts.push(t('office.timeline.unit', { name: d.unitName }));
  }
  if (typeof d.intoNumber === 'string') {
    parts.push(t('office.timeline.into', { number: d.intoNumber }));
  }
  if (typeof d.days === 'number') {
    parts.push(t('office.timeline.days', { days: d.days }));
  }
  if (typeof d.rating === 'string') {
    parts.push(t(`ratings.${d.rating}`, { defaultValue: d.rating }));
  }
  if (d.consentRecorded === true) {
    parts.push(t('office.timeline.consentRecorded'));
  }
  if (d.onWall === false) {
    parts.push(t('office.timeline.offWall'));
  }
  if (d.onTheSpot === true) {
    parts.push(t('office.timeline.onTheSpot'));
  }
  if (typeof d.outcome === 'string') {
    parts.push(t(`outcomes.${d.outcome}`, { defaultValue: d.outcome }));
  }
  if (typeof d.channel === 'string' && event.action === 'submit') {
    parts.push(t(`channels.${d.channel}`, { defaultValue: d.channel }));
  }
  return parts;
}

/** The ticket's story like a delivery tracker, newest on top: when, who, what, and what they wrote. */
export function TicketTimeline({ events }: { events: TicketEvent[] }) {
  const { t } = useTranslation('tickets');
  const newestFirst = [...events].reverse();
  return (
    <Timeline
      items={newestFirst.map((e, i) => {
        const moved = e.fromState !== e.toState && isState(e.toState);
        const details = detailsOf(e, t);
        return {
          key: e.id,
          color: i === 0 ? 'red' : 'gray',
          content: (
            <div data-testid="timeline-event">
              <Typography.Text
                type="secondary"
                style={{ fontVariantNumeric: 'tabular-nums', marginRight: 12 }}
              >
                {formatTime(e.at)}
              </Typography.Text>
              <Typography.Text strong>{e.actorName ?? t('office.timeline.system')}</Typography.Text>{' '}
              {e.data.partyMember === true ? (
                <Tag color="red" bordered={false}>
                  {t('office.timeline.partyMember')}
                </Tag>
              ) : null}
              <Typography.Text>{t(`actions.${e.action}`, { defaultValue: e.action })}</Typography.Text>
              {moved ? (
                <Typography.Text type="secondary">
                  {' '}
                  · {t('office.timeline.now', { state: t(`states.${e.toState}`) })}
                </Typography.Text>
              ) : null}
              {details.length > 0 ? <div>{details.join(' · ')}</div> : null}
              {e.note ? (
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                  {e.note}
                </Typography.Paragraph>
              ) : null}
            </div>
          ),
        };
      })}
    />
  );
}
