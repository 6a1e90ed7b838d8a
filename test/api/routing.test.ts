import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routingRule } from '../../src/server/db/schema';
import { runAs } from '../../src/server/platform/context';
import type { DispatchSuggestion, RoutingRule } from '../../src/shared/routing';
import { type Call, caller, listAll, loginAll, submitTicket } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { personOf } from '../support/factories';
import { TEST_META } from '../support/services';

// The routing catalogue (派单目录) over HTTP: who reads and keeps it, how far their subtree reaches, where it sends
// a ticket, dispatching by it and its Excel sheet. The demo seed gives 湖塘镇 and 府东社区 their rules
// (src/server/seed/demo-routing.ts); 胜利路街道 in another district has its own.

let t: TestApp;
let call: Call;
const ACCOUNTS = ['admin', 'street', 'community', 'community2', 'handler', 'leader', 'resident'];
/** Category code → id; unit name → id; place name → id (as the street office sees them). */
const categories = new Map<string, string>();
const units = new Map<string, string>();
const places = new Map<string, string>();
let fudongBuilding: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ACCOUNTS), { 'accept-language': 'zh-CN' });
  for (const c of (await call('street', 'GET', '/api/categories')).json().items) {
    categories.set(c.code, c.id);
  }
  for (const u of await listAll<{ id: string; name: string }>(call, 'street', '/api/units')) {
    units.set(u.name, u.id);
  }
  for (const p of await listAll<{ id: string; name: string }>(
    call,
    'street',
    '/api/places?level=community',
  )) {
    places.set(p.name, p.id);
  }
  places.set('湖塘镇', (await call('street', 'GET', '/api/auth/me')).json().placeId);
  fudongBuilding = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
});
afterAll(async () => {
  await t.close();
});

const id = (map: Map<string, string>, key: string) => {
  const value = map.get(key);
  if (!value) {
    throw new Error(`unknown ${key}`);
  }
  return value;
};
const rules = (who: string, query = '') => listAll<RoutingRule>(call, who, `/api/routing/rules${query}`);
const describeRule = (r: RoutingRule) =>
  `${r.placeName} × ${r.categoryName} → ${r.units.map((u) => u.name).join('、')}`;

async function ticketAt(placeId: string, category: string | null, who = 'street') {
  return submitTicket(call, who, placeId, {
    title: '小区门口垃圾没人清运',
    ...(category ? { categoryId: id(categories, category) } : {}),
  });
}
const suggestion = async (who: string, ticketId: string) => {
  const res = await call(who, 'GET', `/api/tickets/${ticketId}/dispatch-suggestions`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DispatchSuggestion;
};
const unitNames = (s: DispatchSuggestion) => s.units.map((u) => u.name);

describe('reading the catalogue', () => {
  it('shows a community its own rules, which it may change, and those above it, which it may not', async () => {
    const seen = await rules('community');
    expect(seen.map(describeRule)).toContain(
      '府东社区 × 垃圾清运 → 府东物业服务有限公司、湖塘镇综合行政执法队',
    );
    expect(seen.map((r) => r.placeName).sort()).toEqual(
      ['武进区', ...Array(5).fill('湖塘镇'), ...Array(3).fill('府东社区')].sort(),
    );
    for (const r of seen) {
      expect(r.allowedActions, describeRule(r)).toEqual(
        r.placeName === '府东社区' ? ['update', 'delete'] : [],
      );
    }
    // Places top down, parents' categories before their subcategories.
    expect(seen[0]?.placeName).toBe('武进区');
    expect(seen.find((r) => r.categoryName === '垃圾清运')?.parentCategoryName).toBe('市容环境');
  });

  it('shows another district nothing of 湖塘镇, and a street the rules of its communities', async () => {
    const other = await rules('community2');
    expect(other.map(describeRule).sort()).toEqual([
      '惠民社区 × 物业管理 → 惠民物业服务有限公司',
      '胜利路街道 × 市容环境 → 胜利路街道综合行政执法队',
    ]);
    const street = await rules('street');
    expect(street.filter((r) => r.placeName === '府东社区').every((r) => r.allowedActions.length === 2)).toBe(
      true,
    );
    const somebodysRule = street.find((r) => r.placeName === '府东社区');
    expect((await call('community2', 'GET', `/api/routing/rules/${somebodysRule?.id}`)).statusCode).toBe(404);
  });

  it('filters by place, category and unit', async () => {
    const xiaoliu = await rules('street', `?placeId=${id(places, '晓柳社区')}`);
    // What applies to 晓柳社区: the street's and the district's rules, none of 府东社区.
    expect(xiaoliu.map((r) => r.placeName).sort()).toEqual(['武进区', ...Array(5).fill('湖塘镇')].sort());
    const garbage = await rules('street', `?categoryId=${id(categories, 'city.garbage')}`);
    expect(garbage.map(describeRule).sort()).toEqual([
      '府东社区 × 垃圾清运 → 府东物业服务有限公司、湖塘镇综合行政执法队',
      '湖塘镇 × 市容环境 → 湖塘镇综合行政执法队、武进区城市管理局',
    ]);
    const byUnit = await rules('street', `?unitId=${id(units, '武进区交通运输局')}`);
    expect(byUnit.map(describeRule)).toEqual(['湖塘镇 × 道路交通 → 武进区交通运输局']);
    // Pages follow each other without a gap: 湖塘镇 sees its nine rules and the district's.
    const paged = await call('street', 'GET', '/api/routing/rules?limit=2');
    expect(paged.json().items).toHaveLength(2);
    const next = await call(
      'street',
      'GET',
      `/api/routing/rules?limit=100&cursor=${paged.json().nextCursor}`,
    );
    expect([...paged.json().items, ...next.json().items]).toEqual(await rules('street'));
    expect(next.json().items).toHaveLength(7);
  });

  it('is for those who dispatch and those who keep it: not for handlers, leaders, residents or nobody', async () => {
    for (const [who, status] of [
      ['handler', 403],
      ['leader', 403],
      ['resident', 403],
      [null, 401],
    ] as const) {
      expect((await call(who, 'GET', '/api/routing/rules')).statusCode, String(who)).toBe(status);
    }
    expect((await call('admin', 'GET', '/api/routing/rules')).statusCode).toBe(200);
  });
});

describe('keeping the catalogue', () => {
  const body = (placeId: string, category: string, unitNames: string[]) => ({
    placeId,
    categoryId: id(categories, category),
    unitIds: unitNames.map((n) => id(units, n)),
  });

  it('lets the community add, change and delete a rule of its own, each audited', async () => {
    const fudong = id(places, '府东社区');
    const created = await call(
      'community',
      'POST',
      '/api/routing/rules',
      body(fudong, 'traffic.road', ['府东物业服务有限公司', '湖塘镇综合行政执法队']),
    );
    expect(created.statusCode, created.body).toBe(201);
    const rule = created.json() as RoutingRule;
    expect(describeRule(rule)).toBe('府东社区 × 道路破损 → 府东物业服务有限公司、湖塘镇综合行政执法队');

    const twice = await call(
      'community',
      'POST',
      '/api/routing/rules',
      body(fudong, 'traffic.road', ['府东社区党支部']),
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0].path).toBe('body.categoryId');

    const changed = await call(
      'community',
      'PUT',
      `/api/routing/rules/${rule.id}`,
      body(fudong, 'traffic.road', ['湖塘镇综合行政执法队', '府东物业服务有限公司']),
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().units.map((u: { name: string }) => u.name)).toEqual([
      '湖塘镇综合行政执法队',
      '府东物业服务有限公司',
    ]);

    expect((await call('community', 'DELETE', `/api/routing/rules/${rule.id}`)).statusCode).toBe(204);
    expect((await call('community', 'GET', `/api/routing/rules/${rule.id}`)).statusCode).toBe(404);

    const trail = await call('admin', 'GET', '/api/audit?targetType=routing_rule');
    // The system administrator reads no audit trail (三员分立): the auditor does.
    expect(trail.statusCode).toBe(403);
    const auditor = caller(t, await loginAll(t, ['auditor']));
    const entries = (await auditor('auditor', 'GET', `/api/audit?targetId=${rule.id}`)).json().items;
    expect(entries.map((e: { action: string }) => e.action).sort()).toEqual([
      'routing_rule.create',
      'routing_rule.delete',
      'routing_rule.update',
    ]);
  });

  it('keeps a community out of the street’s rules and places, and another district out of its own', async () => {
    const streetRule = (await rules('community')).find((r) => r.placeName === '湖塘镇');
    const fudongRule = (await rules('community')).find((r) => r.placeName === '府东社区');
    const input = body(id(places, '府东社区'), 'policy', ['府东社区党支部']);
    expect((await call('community', 'PUT', `/api/routing/rules/${streetRule?.id}`, input)).statusCode).toBe(
      404,
    );
    expect((await call('community', 'DELETE', `/api/routing/rules/${streetRule?.id}`)).statusCode).toBe(404);
    const onStreet = await call('community', 'POST', '/api/routing/rules', {
      ...input,
      placeId: places.get('湖塘镇'),
    });
    expect(onStreet.statusCode).toBe(404);
    expect((await call('community2', 'PUT', `/api/routing/rules/${fudongRule?.id}`, input)).statusCode).toBe(
      404,
    );
    expect((await call('community2', 'DELETE', `/api/routing/rules/${fudongRule?.id}`)).statusCode).toBe(404);
    expect((await call('community2', 'POST', '/api/routing/rules', input)).statusCode).toBe(404);
    expect((await call('handler', 'POST', '/api/routing/rules', input)).statusCode).toBe(403);
    expect((await rules('community')).find((r) => r.id === fudongRule?.id)).toEqual(fudongRule);
  });

  it('keeps a unit the catalogue names from being deleted', async () => {
    const branch = id(units, '府东社区党支部');
    const refused = await call('community', 'DELETE', `/api/units/${branch}`);
    expect(refused.statusCode).toBe(409);
    expect((await call('community', 'GET', `/api/units/${branch}`)).statusCode).toBe(200);
  });

  it('refuses units that do not serve the place, a unit twice, and an unknown category, field by field', async () => {
    const fudong = id(places, '府东社区');
    // 晓柳社区's property company serves 晓柳社区, not 府东社区 (and the community cannot even see it).
    const foreign = await call(
      'street',
      'POST',
      '/api/routing/rules',
      body(fudong, 'policy', ['湖塘镇党工委', '晓柳物业服务有限公司']),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([
      { path: 'body.unitIds.1', message: '单位不存在，或不服务于该地点（须挂靠在该地点、其上级或下级）' },
    ]);
    const twice = await call(
      'street',
      'POST',
      '/api/routing/rules',
      body(fudong, 'policy', ['湖塘镇党工委', '湖塘镇党工委']),
    );
    expect(twice.json().errors).toEqual([{ path: 'body.unitIds.1', message: '同一单位只能列一次' }]);
    const unknown = await call('street', 'POST', '/api/routing/rules', {
      ...body(fudong, 'policy', ['湖塘镇党工委']),
      categoryId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('body.categoryId');
    const empty = await call('street', 'POST', '/api/routing/rules', { ...body(fudong, 'policy', []) });
    expect(empty.statusCode).toBe(400);
  });
});

describe('where the catalogue sends a ticket', () => {
  it('takes the most specific rule: the deepest place first, then the category or the one above it', async () => {
    // 府东社区 has its own 垃圾清运 rule; the street's 市容环境 rule covers the rest of 市容环境 there.
    const garbage = await ticketAt(fudongBuilding, 'city.garbage');
    expect(await suggestion('community', garbage.id)).toMatchObject({
      rule: { placeName: '府东社区', categoryName: '垃圾清运' },
      units: [{ name: '府东物业服务有限公司', kind: 'property_company' }, { name: '湖塘镇综合行政执法队' }],
    });
    const building = await ticketAt(fudongBuilding, 'city.building');
    expect(unitNames(await suggestion('community', building.id))).toEqual([
      '湖塘镇综合行政执法队',
      '武进区城市管理局',
    ]);
    // A community's rule on 物业管理 beats the street's on the same category, for every subcategory.
    const lift = await ticketAt(fudongBuilding, 'property.lift');
    expect((await suggestion('community', lift.id)).rule?.placeName).toBe('府东社区');
    // 晓柳社区 has no rule of its own: the street's applies.
    const xiaoliu = await ticketAt(id(places, '晓柳社区'), 'city.garbage');
    expect((await suggestion('street', xiaoliu.id)).rule).toMatchObject({
      placeName: '湖塘镇',
      categoryName: '市容环境',
    });
    const none = await ticketAt(fudongBuilding, null);
    expect(await suggestion('community', none.id)).toEqual({ ticketId: none.id, rule: null, units: [] });
  });

  it('offers only the units that may take the ticket, and answers in the caller’s language', async () => {
    const made = await call('street', 'POST', '/api/routing/rules', {
      placeId: places.get('湖塘镇'),
      categoryId: id(categories, 'policy'),
      unitIds: [id(units, '府东物业服务有限公司'), id(units, '湖塘镇党工委')],
    });
    expect(made.statusCode, made.body).toBe(201);
    const inFudong = await ticketAt(fudongBuilding, 'policy.benefits');
    expect(unitNames(await suggestion('street', inFudong.id))).toEqual([
      '府东物业服务有限公司',
      '湖塘镇党工委',
    ]);
    // 府东社区's property company cannot take a ticket of 晓柳社区: the dispatch would refuse it.
    const inXiaoliu = await ticketAt(id(places, '晓柳社区'), 'policy.benefits');
    expect(unitNames(await suggestion('street', inXiaoliu.id))).toEqual(['湖塘镇党工委']);
    const english = await call(
      'street',
      'GET',
      `/api/tickets/${inXiaoliu.id}/dispatch-suggestions`,
      undefined,
      {
        'accept-language': 'en-US',
      },
    );
    expect(english.json().rule.categoryName).toBe('Policy questions');
    expect((await call('street', 'DELETE', `/api/routing/rules/${made.json().id}`)).statusCode).toBe(204);
  });

  it('is not told about tickets outside the caller’s area, nor to those who do not dispatch', async () => {
    const garbage = await ticketAt(fudongBuilding, 'city.garbage');
    expect(
      (await call('community2', 'GET', `/api/tickets/${garbage.id}/dispatch-suggestions`)).statusCode,
    ).toBe(404);
    expect((await call('handler', 'GET', `/api/tickets/${garbage.id}/dispatch-suggestions`)).statusCode).toBe(
      403,
    );
    expect((await call('admin', 'GET', `/api/tickets/${garbage.id}/dispatch-suggestions`)).statusCode).toBe(
      403,
    );
    const batch = await call('community2', 'POST', '/api/routing/suggestions', { ids: [garbage.id] });
    expect(batch.json()).toEqual({ items: [] });
  });

  it('answers several tickets at once, in the order asked', async () => {
    const a = await ticketAt(fudongBuilding, 'elderly.meals');
    const b = await ticketAt(fudongBuilding, null);
    const res = await call('community', 'POST', '/api/routing/suggestions', { ids: [b.id, a.id, b.id] });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as DispatchSuggestion[];
    expect(items.map((s) => [s.ticketId, s.units[0]?.name ?? null])).toEqual([
      [b.id, null],
      [a.id, '府东社区党支部'],
    ]);
  });
});

describe('dispatching by the catalogue (按派单目录分派)', () => {
  async function accepted(category: string | null) {
    const ticket = await ticketAt(fudongBuilding, category, 'resident');
    t.clock.advance(60_000);
    expect(
      (await call('community', 'POST', `/api/tickets/${ticket.id}/actions`, { action: 'accept' })).statusCode,
    ).toBe(200);
    return ticket.id;
  }

  it('sends each ticket to its own main handler and reports the ones it could not move', async () => {
    const garbage = await accepted('city.garbage');
    const road = await accepted('traffic.road');
    const none = await accepted(null);
    const moved = await accepted('city.stall');
    expect(
      (
        await call('community', 'POST', `/api/tickets/${moved}/actions`, {
          action: 'dispatch',
          unitId: id(units, '湖塘镇综合行政执法队'),
        })
      ).statusCode,
    ).toBe(200);

    const res = await call('community', 'POST', '/api/routing/dispatch', {
      ids: [garbage, road, none, moved],
      note: '按派单目录分派',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      succeeded: 2,
      failed: 2,
      results: [
        { id: garbage, status: 200, state: 'dispatched' },
        { id: road, status: 200, state: 'dispatched' },
        { id: none, status: 404, title: '派单目录中没有适用于该工单的规则' },
        { id: moved, status: 409 },
      ],
    });
    const unitOf = async (ticketId: string) =>
      (await call('community', 'GET', `/api/tickets/${ticketId}`)).json();
    expect(await unitOf(garbage)).toMatchObject({ unitName: '府东物业服务有限公司', state: 'dispatched' });
    expect(await unitOf(road)).toMatchObject({ unitName: '武进区交通运输局' });
    expect(JSON.stringify((await unitOf(road)).events)).toContain('按派单目录分派');
  });

  it('is refused to handlers, and moves nothing of another district', async () => {
    const garbage = await accepted('city.garbage');
    expect((await call('handler', 'POST', '/api/routing/dispatch', { ids: [garbage] })).statusCode).toBe(403);
    const res = await call('community2', 'POST', '/api/routing/dispatch', { ids: [garbage] });
    expect(res.json()).toMatchObject({ succeeded: 0, results: [{ id: garbage, status: 404 }] });
    expect((await call('community', 'GET', `/api/tickets/${garbage}`)).json().state).toBe('accepted');
  });
});

describe('the catalogue as an Excel sheet', () => {
  const HEADERS = ['类别', '地点', '责任单位'];

  async function book(rows: string[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('派单目录');
    sheet.addRow(HEADERS);
    for (const r of rows) {
      sheet.addRow(r);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  async function upload(who: string, rows: string[][]) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await book(rows))]), 'routing.xlsx');
    return call(who, 'POST', '/api/exchange/routing/import', form);
  }
  async function exported(who: string): Promise<string[][]> {
    const res = await call(who, 'GET', '/api/exchange/routing/export');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    return rows;
  }

  it('exports the rules of the caller’s own subtree, with names an office reads', async () => {
    const rows = await exported('community');
    expect(rows[0]).toEqual(HEADERS);
    expect(rows.slice(1)).toContainEqual([
      '市容环境/垃圾清运',
      '武进区/湖塘镇/府东社区',
      '府东物业服务有限公司、湖塘镇综合行政执法队',
    ]);
    expect(rows.slice(1).every((r) => r[1]?.endsWith('府东社区'))).toBe(true);
  });

  it('imports good rows: a new rule, and a rule whose units it replaces', async () => {
    const res = await upload('community', [
      ['垃圾清运', '府东社区', '湖塘镇综合行政执法队, 府东物业服务有限公司'],
      ['公共设施/路灯照明', '湖塘镇/府东社区', '府东物业服务有限公司'],
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    const mine = (await rules('community')).filter((r) => r.placeName === '府东社区').map(describeRule);
    expect(mine).toContain('府东社区 × 垃圾清运 → 湖塘镇综合行政执法队、府东物业服务有限公司');
    expect(mine).toContain('府东社区 × 路灯照明 → 府东物业服务有限公司');
  });

  it('reports every bad row by row and column, and writes nothing', async () => {
    const before = await exported('community');
    const res = await upload('community', [
      ['垃圾清运', '府东社区', '府东物业服务有限公司'],
      ['不存在的类别', '府东社区', '府东物业服务有限公司'],
      ['市容环境', '晓柳社区', '湖塘镇综合行政执法队'],
      ['市容环境', '第一网格', '湖塘镇综合行政执法队'],
      ['市容环境', '府东社区', '晓柳物业服务有限公司'],
      [
        '市容环境',
        '府东社区',
        '府东物业服务有限公司、府东社区党支部、湖塘镇党工委、武进区民政局、武进区交通运输局、武进区城市管理局',
      ],
      ['垃圾清运', '武进区/湖塘镇/府东社区', '府东社区党支部'],
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('有 6 行有误，未导入任何数据');
    expect(res.json().errors).toEqual([
      { path: 'rows.3.category', message: '找不到“不存在的类别”，或不在您的管辖范围内' },
      { path: 'rows.4.place', message: '找不到“晓柳社区”，或不在您的管辖范围内' },
      {
        path: 'rows.5.place',
        message: '“第一网格”有多个同名项，请写上上级名称（如“湖塘镇/府东社区”）或填写编码',
      },
      {
        path: 'rows.6.responsibleUnits',
        message: '找不到服务于该地点的单位“晓柳物业服务有限公司”（须挂靠在该地点、其上级或下级）',
      },
      { path: 'rows.7.responsibleUnits', message: '最多 5 个' },
      { path: 'rows.8.place', message: '与第 2 行重复' },
    ]);
    expect(await exported('community')).toEqual(before);
  });

  it('is imported by those who keep the catalogue only', async () => {
    expect((await upload('handler', [['垃圾清运', '府东社区', '府东物业服务有限公司']])).statusCode).toBe(
      403,
    );
    expect((await call('community', 'GET', '/api/exchange/routing/template')).statusCode).toBe(200);
  });
});

describe('row-level security', () => {
  it('shows a request of another district none of 湖塘镇’s rules, even when the query forgets its filter', async () => {
    const other = await personOf(t, 'community2');
    const seen = await runAs(t.services, other.actor, TEST_META, (ctx) =>
      ctx.tx.select({ path: routingRule.placePath }).from(routingRule),
    );
    expect(seen).toHaveLength(2);
    // It may write only the rule of its own community, not its street's and none of 湖塘镇's.
    const touched = await runAs(t.services, other.actor, TEST_META, (ctx) =>
      ctx.tx.execute(sql`UPDATE routing_rule SET updated_at = updated_at RETURNING place_path`),
    );
    expect((touched as unknown as { rows: unknown[] }).rows).toHaveLength(1);
  });
});
