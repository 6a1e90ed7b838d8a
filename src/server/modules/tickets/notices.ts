import type { TicketAction } from '../../../shared/tickets';
import type { Locale } from '../../platform/messages';
import { type NoticeText, registerSubject } from '../notifications';

/** Moves the followers are not told of: internal matters (an extension asked for, or refused). */
const UNTOLD = ['request_extension', 'deny_extension'] as const;
type Move = TicketAction | 'submit' | 'request_extension';
type ToldMove = Exclude<Move, (typeof UNTOLD)[number]>;

/** Whether the followers hear of a move at all. */
export function isTold(move: Move): move is ToldMove {
  return !(UNTOLD as readonly Move[]).includes(move);
}

/** What a follower reads about each move, in plain words (DESIGN.md: a delivery tracker). */
const MOVE_TEXT: Record<Locale, Record<ToldMove, string>> = {
  'zh-CN': {
    submit: '已收到您的诉求，我们会尽快受理',
    accept: '已受理',
    reject: '未予受理',
    merge: '与同类诉求合并办理，您将随主诉求收到进展',
    dispatch: '已派给承办单位办理',
    pool: '已发布，等待党员和志愿者认领',
    receive: '承办单位已接单',
    claim: '已有志愿者认领',
    progress: '有新的办理进展',
    resolve: '已办结，请您评价',
    rate: '感谢您的评价',
    close: '已办结销号',
    return: '承办单位退回，正在重新派单',
    escalate: '已上报上级研判',
    urge: '已督办',
    extend: '办理时限已延长',
    approve_extension: '办理时限已延长',
  },
  'en-US': {
    submit: 'received; we will accept it soon',
    accept: 'accepted',
    reject: 'not accepted',
    merge: 'handled together with a similar request; you will hear as that one moves',
    dispatch: 'dispatched to a responsible unit',
    pool: 'published for party members and volunteers to claim',
    receive: 'received by the responsible unit',
    claim: 'claimed by a volunteer',
    progress: 'has news on its handling',
    resolve: 'resolved; please rate it',
    rate: 'thank you for your rating',
    close: 'resolved and closed',
    return: 'returned by the unit; being dispatched again',
    escalate: 'escalated for deliberation above',
    urge: 'urged',
    extend: 'handling deadline extended',
    approve_extension: 'handling deadline extended',
  },
};

/** What the overdue sweep tells the followers beside 已督办. */
const OVERDUE_NOTE: Record<Locale, string> = {
  'zh-CN': '已超过办理时限，已提醒承办单位和督查人员',
  'en-US': 'past its handling deadline; the responsible unit and the supervisors have been reminded',
};

type TicketParams = { number: string; title: string };
type MoveParams = TicketParams & { move: ToldMove; note: string | null };
type ExtensionParams = TicketParams & { days: number; requester: string; reason: string | null };
type WantedParams = TicketParams & { kind: 'service' | 'wish' };

/** What a volunteer asked to take an order or a wish reads (the office's or team leader's 点名). */
const WANTED_TEXT: Record<Locale, Record<WantedParams['kind'], string>> = {
  'zh-CN': { service: '有一个服务单需要您', wish: '有一个微心愿需要您' },
  'en-US': { service: 'A service order needs you', wish: 'A wish needs you' },
};

/** A move's inbox entry in one language: the number and the move as headline, the title and note as text. */
function moveText(locale: Locale, p: TicketParams, move: ToldMove, note: string | null): NoticeText {
  const text = MOVE_TEXT[locale][move];
  const said = locale === 'zh-CN' ? `「${p.title}」${text}` : `“${p.title}” ${text}`;
  const colon = locale === 'zh-CN' ? '：' : ': ';
  return { title: `${p.number} ${text}`, body: note ? `${said}${colon}${note}` : said };
}

/** The same text function in every language the interface speaks. */
function inEveryLocale<P>(text: (locale: Locale) => (params: P) => NoticeText) {
  return { 'zh-CN': text('zh-CN'), 'en-US': text('en-US') };
}

/**
 * The ticket's notices: `move` tells followers of a move and `overdue` of a missed handling deadline (inbox, SMS,
 * WeChat, linking to the ticket's phone page); `extension_requested` asks the level above to approve more time
 * (inbox only); `volunteer_wanted` asks a suggested volunteer to take an order or a wish (inbox only).
 */
export const TICKET_NOTICES = registerSubject<{
  move: MoveParams;
  overdue: TicketParams;
  extension_requested: ExtensionParams;
  volunteer_wanted: WantedParams;
}>({
  type: 'ticket',
  link: (id) => `/m/tickets/${id}`,
  templates: {
    move: {
      text: inEveryLocale((locale) => (p) => moveText(locale, p, p.move, p.note)),
      outside: (p) => ({ number: p.number, title: p.title, move: MOVE_TEXT['zh-CN'][p.move], note: p.note }),
    },
    overdue: {
      text: inEveryLocale((locale) => (p) => moveText(locale, p, 'urge', OVERDUE_NOTE[locale])),
      outside: (p) => ({
        number: p.number,
        title: p.title,
        move: MOVE_TEXT['zh-CN'].urge,
        note: OVERDUE_NOTE['zh-CN'],
      }),
    },
    extension_requested: {
      text: {
        'zh-CN': (p) => ({
          title: `${p.number} 申请延期 ${p.days} 个工作日，待您审批`,
          body: `「${p.title}」${p.requester}申请延期 ${p.days} 个工作日${p.reason ? `：${p.reason}` : ''}`,
        }),
        'en-US': (p) => ({
          title: `${p.number} asks for ${p.days} more working days, awaiting your approval`,
          body: `“${p.title}” ${p.requester} asks for ${p.days} more working days${p.reason ? `: ${p.reason}` : ''}`,
        }),
      },
    },
    volunteer_wanted: {
      text: {
        'zh-CN': (p) => ({
          title: `${p.number} ${WANTED_TEXT['zh-CN'][p.kind]}`,
          body: `${WANTED_TEXT['zh-CN'][p.kind]}：「${p.title}」，请打开查看并领单`,
        }),
        'en-US': (p) => ({
          title: `${p.number} ${WANTED_TEXT['en-US'][p.kind]}`,
          body: `${WANTED_TEXT['en-US'][p.kind]}: “${p.title}”. Open it to see and claim it`,
        }),
      },
    },
  },
});
