import type { Db, Tx } from '../db/client';
import { wechatOutbox } from '../db/schema';
import { type ChannelSender, noticePath, type OutboundMessage } from './channels';
import { minuteIn } from './time-zone';

/** An official account (公众号) that sends progress template messages (config.ts: LIANXIN_WECHAT_*). */
export type WechatOptions = {
  appId: string;
  secret: string;
  /** The progress template (模板消息) every subject uses, with the classic keys first, keyword1..4, remark. */
  templateId: string;
  /** https://api.weixin.qq.com unless configured (tests point it at a local fake). */
  apiBase: string;
  /** The site's public address; a message links to {linkBase}{path of its subject}. Unset: no link. */
  linkBase: string | undefined;
};

/** What a template request is written with: the template, the link, and the installation's time zone. */
type TemplateOptions = Pick<WechatOptions, 'templateId' | 'linkBase'> & { timeZone: string };

/** An answer of the WeChat API with errcode ≠ 0 (or an unreadable one). */
export class WechatError extends Error {
  constructor(
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`wechat errcode ${errcode}: ${errmsg}`);
  }
}

/** What the WeChat API offers Lianxin: template messages and the OAuth code → openid exchange. */
export type WechatApi = {
  sendTemplate(request: TemplateRequest): Promise<void>;
  openidForCode(code: string): Promise<string>;
};

export type TemplateRequest = {
  touser: string;
  template_id: string;
  url?: string;
  data: Record<string, { value: string }>;
};

// Tokens are refreshed this long before WeChat says they expire (they last 7200 s).
const TOKEN_MARGIN_S = 300;
// access_token invalid (40001) or expired (42001): fetch a new one once and resend.
const STALE_TOKEN = new Set([40001, 42001]);

type WechatAnswer = { errcode?: number; errmsg?: string; [key: string]: unknown };

export function createWechatApi(
  options: Pick<WechatOptions, 'appId' | 'secret' | 'apiBase'>,
  fetchImpl: typeof fetch = fetch,
  clock: () => Date = () => new Date(),
): WechatApi {
  const base = options.apiBase.replace(/\/+$/, '');
  let cached: { token: string; until: number } | null = null;
  let inFlight: Promise<string> | null = null;

  async function call(path: string, init?: RequestInit): Promise<WechatAnswer> {
    const res = await fetchImpl(`${base}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
    if (!res.ok) {
      throw new WechatError(-1, `HTTP ${res.status}`);
    }
    const answer = (await res.json()) as WechatAnswer;
    if (answer.errcode !== undefined && answer.errcode !== 0) {
      throw new WechatError(answer.errcode, answer.errmsg ?? '');
    }
    return answer;
  }

  async function fetchToken(): Promise<string> {
    const q = new URLSearchParams({
      grant_type: 'client_credential',
      appid: options.appId,
      secret: options.secret,
    });
    const answer = await call(`/cgi-bin/token?${q}`);
    const token = answer.access_token;
    const expiresIn = Number(answer.expires_in ?? 7200);
    if (typeof token !== 'string' || !token) {
      throw new WechatError(-1, 'no access_token in the answer');
    }
    const margin = Math.min(TOKEN_MARGIN_S, expiresIn / 2);
    cached = { token, until: clock().getTime() + (expiresIn - margin) * 1000 };
    return token;
  }

  /** The cached token, or one fetch shared by everyone who asks at the same time. */
  function accessToken(): Promise<string> {
    if (cached && clock().getTime() < cached.until) {
      return Promise.resolve(cached.token);
    }
    inFlight ??= fetchToken().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function postTemplate(token: string, request: TemplateRequest) {
    await call(`/cgi-bin/message/template/send?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  }

  return {
    async sendTemplate(request) {
      const token = await accessToken();
      try {
        await postTemplate(token, request);
      } catch (error) {
        if (!(error instanceof WechatError && STALE_TOKEN.has(error.errcode))) {
          throw error;
        }
        if (cached?.token === token) {
          cached = null;
        }
        await postTemplate(await accessToken(), request);
      }
    },
    async openidForCode(code) {
      const q = new URLSearchParams({
        appid: options.appId,
        secret: options.secret,
        code,
        grant_type: 'authorization_code',
      });
      const answer = await call(`/sns/oauth2/access_token?${q}`);
      if (typeof answer.openid !== 'string' || !answer.openid) {
        throw new WechatError(-1, 'no openid in the answer');
      }
      return answer.openid;
    },
  };
}

const FIELD_MAX = 100;

function clip(text: string): string {
  return text.length > FIELD_MAX ? `${text.slice(0, FIELD_MAX - 1)}…` : text;
}

/**
 * The template request for one message, in the classic template layout: first (the headline), keyword1 the
 * subject's number, keyword2 its title, keyword3 what happened, keyword4 the time (the installation's zone), remark the note. The
 * template chosen in the WeChat back office must use these keys.
 */
export function templateRequest(
  openid: string,
  options: TemplateOptions,
  message: OutboundMessage,
): TemplateRequest {
  const n = message.notice;
  const value = (text: string) => ({ value: clip(text) });
  const path = n ? noticePath(n) : null;
  const link = path && options.linkBase ? `${options.linkBase.replace(/\/+$/, '')}${path}` : null;
  return {
    touser: openid,
    template_id: options.templateId,
    ...(link ? { url: link } : {}),
    data: n
      ? {
          first: value(`「${n.title}」${n.move}`),
          keyword1: value(n.number),
          keyword2: value(n.title),
          keyword3: value(n.move),
          keyword4: value(minuteIn(options.timeZone, new Date(n.at))),
          remark: value(n.note ?? ''),
        }
      : { first: value(message.body), remark: value('') },
  };
}

/** The WeChat channel: template messages through the official account's API. */
export function createWechatChannel(options: WechatOptions & TemplateOptions, api: WechatApi): ChannelSender {
  return {
    channel: 'wechat',
    name: 'api',
    send: (_tx, openid, message) => api.sendTemplate(templateRequest(openid, options, message)),
  };
}

/** The development adapter: the request that would go to WeChat lands in `wechat_outbox` and the log. */
export function createOutboxWechat(log: (line: string) => void, timeZone: string): ChannelSender {
  const options = { templateId: 'development', linkBase: undefined, timeZone };
  return {
    channel: 'wechat',
    name: 'outbox',
    async send(tx: Db | Tx, openid, message) {
      const request = templateRequest(openid, options, message);
      await tx
        .insert(wechatOutbox)
        .values({ openid, templateId: request.template_id, request, adapter: 'outbox' });
      log(`[wechat outbox] to ${openid}: ${request.data.first?.value ?? ''}`);
    },
  };
}

/** What the rest of the server sees of WeChat (AppServices.wechat). */
export type WechatServices = {
  channel: ChannelSender;
  /** The official account's appid for the OAuth redirect; null when WeChat is not configured. */
  appId: string | null;
  /** OAuth code → openid; null when WeChat is not configured. */
  openidForCode: ((code: string) => Promise<string>) | null;
};

export function createWechatServices(
  options: WechatOptions | undefined,
  timeZone: string,
  log: (line: string) => void,
  fetchImpl: typeof fetch = fetch,
): WechatServices {
  if (!options) {
    return { channel: createOutboxWechat(log, timeZone), appId: null, openidForCode: null };
  }
  const api = createWechatApi(options, fetchImpl);
  return {
    channel: createWechatChannel({ ...options, timeZone }, api),
    appId: options.appId,
    openidForCode: (code) => api.openidForCode(code),
  };
}
