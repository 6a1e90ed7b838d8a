import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, caller, loginAll } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// The station kinds of issue 12 (新时代文明实践所/点, 党群服务站, 红色驿站, 人大代表之家/联络站, 市民茶室) beside the
// kinds stored before them, and the demo's 席井村党群服务站 with its rooms.
let t: TestApp;
let call: Call;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['community', 'admin']), { 'accept-language': 'zh-CN' });
});
afterAll(async () => {
  await t.close();
});

describe('station kinds', () => {
  it('takes the new kinds and still the old ones; refuses an unknown one', async () => {
    const placeId = (await call('community', 'GET', '/api/auth/me')).json().placeId;
    for (const kind of ['red_post', 'tea_house', 'deputies_home', 'civilization_station']) {
      const res = await call('community', 'POST', '/api/stations', {
        placeId,
        kind,
        name: `测试阵地${kind}`,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().kind).toBe(kind);
    }
    const bad = await call('community', 'POST', '/api/stations', { placeId, kind: 'castle', name: '城堡' });
    expect(bad.statusCode).toBe(400);
  });

  it('seeds 席井村党群服务站 with its rooms', async () => {
    const all = (await call('admin', 'GET', '/api/stations?kind=party_service_station&limit=100')).json()
      .items;
    expect(all).toMatchObject([
      { name: '席井村党群服务站', rooms: ['阅览室', '活动室', '心理咨询室', '康养服务室', '村史馆'] },
    ]);
  });
});
