import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

type Sent = { token: string; body: Record<string, unknown> };

/**
 * A local stand-in for api.weixin.qq.com, enough for Lianxin: client_credential tokens, template sends (checked
 * against the tokens it issued) and the OAuth code exchange (each code works once). Port 0: any free port.
 */
export async function startFakeWechat(options: { appId: string; secret: string; expiresIn?: number }) {
  const valid = new Set<string>();
  const codes = new Map<string, string>();
  const sent: Sent[] = [];
  const sendErrors: number[] = [];
  let tokenCalls = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const answer = (body: unknown) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    const q = url.searchParams;
    if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
      tokenCalls++;
      if (q.get('grant_type') !== 'client_credential' || q.get('appid') !== options.appId) {
        return answer({ errcode: 40013, errmsg: 'invalid appid' });
      }
      if (q.get('secret') !== options.secret) {
        return answer({ errcode: 40125, errmsg: 'invalid appsecret' });
      }
      const token = `tok-${tokenCalls}`;
      valid.add(token);
      return answer({ access_token: token, expires_in: options.expiresIn ?? 7200 });
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/template/send') {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', () => {
        const token = q.get('access_token') ?? '';
        if (!valid.has(token)) {
          return answer({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid' });
        }
        const error = sendErrors.shift();
        if (error !== undefined) {
          return answer({ errcode: error, errmsg: 'forced by the test' });
        }
        sent.push({ token, body: JSON.parse(raw) as Record<string, unknown> });
        answer({ errcode: 0, errmsg: 'ok', msgid: sent.length });
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/sns/oauth2/access_token') {
      const openid = codes.get(q.get('code') ?? '');
      if (
        q.get('grant_type') !== 'authorization_code' ||
        q.get('appid') !== options.appId ||
        q.get('secret') !== options.secret ||
        !openid
      ) {
        return answer({ errcode: 40029, errmsg: 'invalid code' });
      }
      codes.delete(q.get('code') ?? '');
      return answer({
        access_token: 'web-token',
        expires_in: 7200,
        refresh_token: 'r',
        openid,
        scope: 'snsapi_base',
      });
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    sent,
    get tokenCalls() {
      return tokenCalls;
    },
    /** The next template sends answer these errcodes, in order. */
    failNextSends(...errcodes: number[]) {
      sendErrors.push(...errcodes);
    },
    /** WeChat forgets every token it issued (as when another server fetched a new one). */
    revokeTokens() {
      valid.clear();
    },
    /** A code the user's WeChat would hand back after authorising, standing for this openid. */
    issueCode(code: string, openid: string) {
      codes.set(code, openid);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type FakeWechat = Awaited<ReturnType<typeof startFakeWechat>>;
