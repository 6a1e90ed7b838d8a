import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, caller, loginAll, ticketCalls } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { photoJpeg } from '../support/journeys';

/**
 * What the browser is told and what the server refuses from other sites' pages: the Content-Security-Policy
 * (the pages themselves are checked under it by every browser journey), Origin/Referer verification on
 * every state-changing request, Secure cookies in production.
 */
const EVIL = 'http://evil.example';
// app.inject talks to http://localhost:80; a browser names that page's origin without the default port.
const OWN = 'http://localhost';

let t: TestApp;
let JPEG: Buffer;
let call: Call;
let ticketId: string;

beforeAll(async () => {
  t = await createTestApp();
  JPEG = await photoJpeg();
  const cookies = await loginAll(t, ['resident', 'admin']);
  call = caller(t, cookies);
  const home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  const created = await call('resident', 'POST', '/api/tickets', {
    kind: 'problem',
    title: '垃圾桶满了',
    description: '两天没人清运',
    placeId: home,
  });
  expect(created.statusCode, created.body).toBe(201);
  ticketId = created.json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('requests sent from another site', () => {
  it('refuses sign-in, a photo upload and an Excel import, and writes nothing', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: EVIL },
      payload: { username: 'community', password: 'Lianxin@2026' },
    });
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe('forbidden');
    expect(login.cookies).toEqual([]);

    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(JPEG)], { type: 'image/jpeg' }), 'photo.jpg');
    const upload = await call('resident', 'POST', `/api/tickets/${ticketId}/photos`, form, { origin: EVIL });
    expect(upload.statusCode).toBe(403);
    const photos = await call('resident', 'GET', `/api/tickets/${ticketId}/photos`);
    expect(photos.json()).toEqual([]);

    const importForm = new FormData();
    importForm.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'places.xlsx');
    const imported = await call('admin', 'POST', '/api/exchange/places/import', importForm, {
      referer: `${EVIL}/attack.html`,
    });
    expect(imported.statusCode).toBe(403);
  });

  it('answers in the caller language and refuses an opaque origin', async () => {
    const res = await call('resident', 'POST', `/api/tickets/${ticketId}/follow`, undefined, {
      origin: 'null',
      'accept-language': 'en-US',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toMatch(/another website/);
  });

  it('lets the own pages, configured sites, programs without Origin, and Open311 through', async () => {
    const own = ticketCalls(call).uploadPhotos('resident', ticketId, [{ bytes: JPEG }]);
    expect((await own).statusCode).toBe(201);
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(JPEG)], { type: 'image/jpeg' }), 'photo.jpg');
    const referred = await call('resident', 'POST', `/api/tickets/${ticketId}/photos`, form, {
      referer: `${OWN}/m/tickets/${ticketId}`,
    });
    expect(referred.statusCode).toBe(201);
    const program = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'community', password: 'Lianxin@2026' },
    });
    expect(program.statusCode).toBe(200);
    // Open311 clients use API keys: another site's page may post (its own checks answer, not the origin's).
    const open311 = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { origin: EVIL, 'accept-language': 'en-US' },
      payload: {},
    });
    expect(open311.statusCode).toBeLessThan(500);
    expect(open311.body).not.toMatch(/another website/);

    const portal = await createTestApp({ LIANXIN_ALLOWED_ORIGINS: 'https://portal.example.gov.cn' });
    try {
      const res = await portal.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: 'https://portal.example.gov.cn' },
        payload: { username: 'community', password: 'Lianxin@2026' },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      await portal.close();
    }
  });
});

describe('headers and cookies', () => {
  it('sends a Content-Security-Policy that forbids framing, inline scripts and plugins', async () => {
    const res = await call(null, 'GET', '/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('marks the session cookie Secure in production mode, and not in test mode', async () => {
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'grid', password: 'Lianxin@2026' },
    });
    expect(plain.cookies.find((c) => c.name === 'lx_session')?.secure).toBeFalsy();
    const production = await createTestApp({ LIANXIN_MODE: 'production' });
    try {
      const res = await production.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'grid', password: 'Lianxin@2026' },
      });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'lx_session');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    } finally {
      await production.close();
    }
  });
});
