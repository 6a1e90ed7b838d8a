import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  FlagOutlined,
  HeartOutlined,
  LikeOutlined,
  RiseOutlined,
  SendOutlined,
  StopOutlined,
  SyncOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketState } from '../../../shared/tickets';
import type { TicketDetail, TicketEvent } from '../../modules/tickets/api';
import { formatTime } from '../../ui/time';

const ICONS: Record<string, ComponentType> = {
  submit: EditOutlined,
  accept: CheckCircleOutlined,
  reject: StopOutlined,
  dispatch: SendOutlined,
  pool: HeartOutlined,
  claim: HeartOutlined,
  receive: CheckCircleOutlined,
  progress: SyncOutlined,
  resolve: CheckCircleOutlined,
  rate: LikeOutlined,
  close: FlagOutlined,
  return: UndoOutlined,
  escalate: RiseOutlined,
  extend: ClockCircleOutlined,
  approve_extension: ClockCircleOutlined,
  deny_extension: StopOutlined,
};

/** One event as a plain sentence: who did what (a delivery tracker's line). */
function useSentence() {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  return (e: TicketEvent): string => {
    const name = e.actorName ?? t('tickets:phone.timeline.someone');
    // 亮身份: a party member's claim names them as one.
    const actor = e.data.partyMember === true ? t('tickets:phone.timeline.partyMember', { name }) : name;
    const data = e.data as Record<string, string | number | undefined>;
    switch (e.action) {
      case 'submit':
        return data.channel && data.channel !== 'resident_app'
          ? t('tickets:phone.timeline.submitOnBehalf', {
              actor,
              channel: t(`tickets:channels.${data.channel}`, { defaultValue: String(data.channel) }),
            })
          : t('tickets:phone.timeline.submit', { actor });
      case 'dispatch':
        return t('tickets:phone.timeline.dispatch', {
          unit: data.unitName ?? t('tickets:phone.timeline.someUnit'),
        });
      case 'merge':
        return t('tickets:phone.timeline.merge', { number: data.intoNumber ?? '' });
      case 'pool':
        // Only a wish its resident agreed to show is on the wall; the others wait for the community to assign.
        if (e.data.onWall !== true) {
          return t('tickets:phone.timeline.pool');
        }
        return t(
          e.data.consentRecorded === true
            ? 'tickets:phone.timeline.poolConsent'
            : 'tickets:phone.timeline.poolWall',
        );
      case 'rate':
        return e.toState === 'rated'
          ? t('tickets:phone.timeline.rate', {
              rating: t(`tickets:ratings.${data.rating}`, { defaultValue: String(data.rating) }),
            })
          : t('tickets:phone.timeline.rateReopen', {
              rating: t(`tickets:ratings.${data.rating}`, { defaultValue: String(data.rating) }),
            });
      case 'close':
        return t('tickets:phone.timeline.close', {
          outcome: t(`tickets:outcomes.${data.outcome ?? 'resolved'}`, {
            defaultValue: String(data.outcome),
          }),
        });
      case 'extend':
        return t('tickets:phone.timeline.extend', { days: data.days ?? '' });
      case 'request_extension':
        return t('tickets:phone.timeline.request_extension', { actor, days: data.days ?? '' });
      case 'approve_extension':
        return t('tickets:phone.timeline.approve_extension', { days: data.days ?? '' });
      case 'claim':
        return typeof e.data.promisedOn === 'string'
          ? t('tickets:phone.timeline.claimPromised', { actor, date: e.data.promisedOn })
          : t('tickets:phone.timeline.claim', { actor });
      case 'resolve':
        return t(
          e.data.onTheSpot === true
            ? 'tickets:phone.timeline.resolveOnTheSpot'
            : 'tickets:phone.timeline.resolve',
          { actor },
        );
      default:
        return t(`tickets:phone.timeline.${e.action}`, {
          actor,
          defaultValue: t(`tickets:actions.${e.action}`, { defaultValue: e.action }),
        });
    }
  };
}

/** The timeline, newest first: the latest line stands out, older ones are quieter. */
export function Timeline({ events }: { events: TicketEvent[] }) {
  const sentence = useSentence();
  const ordered = [...events].reverse();
  return (
    <ol className="lx-timeline" data-testid="timeline">
      {ordered.map((e, i) => {
        const Icon = ICONS[e.action] ?? ClockCircleOutlined;
        return (
          <li key={e.id} className={i === 0 ? 'is-latest' : ''}>
            <span className="lx-timeline-dot" aria-hidden>
              <Icon />
            </span>
            <div className="lx-timeline-body">
              <div className="lx-timeline-text">{sentence(e)}</div>
              <time className="lx-muted" dateTime={e.at}>
                {formatTime(e.at)}
              </time>
              {e.note ? <p className="lx-note">{e.note}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

const STAGES = ['submit', 'accept', 'handle', 'resolve', 'rate'] as const;

function stageOf(state: TicketState): number {
  switch (state) {
    case 'submitted':
      return 0;
    case 'accepted':
      return 1;
    case 'dispatched':
    case 'pooled':
    case 'received':
    case 'claimed':
    case 'in_progress':
    case 'escalated':
      return 2;
    case 'resolved':
      return 3;
    case 'rated':
    case 'closed':
      return 4;
    case 'rejected':
    case 'merged':
      return -1;
    default: {
      const never: never = state;
      throw new Error(String(never));
    }
  }
}

/** 提交 → 受理 → 办理 → 办结 → 评价: where the matter stands at a glance, with words under each step. */
export function ProgressStrip({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  const stage = stageOf(ticket.state);
  if (stage < 0 || (ticket.state === 'closed' && ticket.outcome !== 'resolved')) {
    return null;
  }
  // Once rated (or closed after it) every step is behind the resident: all ticks, nothing current.
  const isFinished = stage === STAGES.length - 1;
  return (
    <ol className="lx-stages" aria-label={t('tickets:phone.timeline.stagesLabel')}>
      {STAGES.map((s, i) => (
        <li
          key={s}
          data-done={i <= stage ? 'true' : 'false'}
          aria-current={i === stage && !isFinished ? 'step' : undefined}
        >
          <span className="lx-stage-dot" aria-hidden>
            {i < stage || isFinished ? '✓' : i + 1}
          </span>
          <span>{t(`tickets:phone.timeline.stages.${s}`)}</span>
        </li>
      ))}
    </ol>
  );
}
