import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkCalendar, workingHoursBetween } from '../../src/server/platform/calendar';
import { OFFICIAL_CALENDAR } from '../../src/server/seed/work-calendar';
import { RATE_KEYS } from '../../src/shared/stats';
import {
  type Call,
  type Callers,
  caller,
  loginAll,
  submitTicket,
  type TicketCalls,
  ticketCalls,
} from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// Every scenario runs on its own Beijing day (the fake clock), and asks for that day only, so the figures
// come from its own tickets. Default deadline rule of a problem: respond within 8, handle within 120
// working hours (15 working days).
let t: TestApp;
const ACCOUNTS = ['resident', 'community', 'community2', 'handler', 'street', 'leader', 'grid'];
const cookies: Callers = {};
let call: Call;
let tickets: TicketCalls;
let home: string;
let community: string;
let community2: string;
let street: string;
let handlerUnit: string;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const bj = (local: string) => new Date(`${local}+08:00`);

/** Moves the fake clock (sessions idle out after 30 minutes, so everyone signs in again). */
async function setClock(at: Date) {
  t.clock.now = at;
  await loginAll(t, ACCOUNTS, cookies);
}
const later = (ms: number) => setClock(new Date(t.clock.now.getTime() + ms));

async function submit() {
  return (await submitTicket(call, 'resident', home, { title: '楼道灯坏了', description: '晚上看不见台阶' }))
    .id;
}
async function act(who: string, id: string, body: Record<string, unknown>) {
  const res = await tickets.act(who, id, body);
  expect(res.statusCode, `${body.action}: ${res.body}`).toBe(200);
  return res.json();
}
const accept = (id: string) => act('community', id, { action: 'accept' });
const dispatch = (id: string) => act('community', id, { action: 'dispatch', unitId: handlerUnit });
const resolve = (id: string) => act('community', id, { action: 'resolve', result: '已处理' });
const rate = (id: string, rating: string) => act('resident', id, { action: 'rate', rating });

type Rate = { value: number | null; numerator: number; denominator: number };
type Rates = {
  counts: Record<string, number>;
  closedByOutcome: Record<string, number>;
  ratedByRating: Record<string, number>;
  rates: Record<string, Rate>;
  averages: Record<string, number | null>;
  placeId: string | null;
};
async function rates(day: string, who = 'community', placeId?: string): Promise<Rates> {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  const place = placeId ? `&placeId=${placeId}` : '';
  const res = await call(who, 'GET', `/api/stats/rates?from=${day}&to=${next}${place}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const ratio = (r: Rate | undefined) => (r ? [r.numerator, r.denominator] : undefined);

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, cookies);
  tickets = ticketCalls(call);
  await setClock(bj('2025-03-03T09:00:00'));
  const me = async (who: string) => (await call(who, 'GET', '/api/auth/me')).json();
  home = (await me('resident')).placeId;
  community = (await me('community')).placeId;
  community2 = (await me('community2')).placeId;
  street = (await me('street')).placeId;
  handlerUnit = (await me('handler')).unitIds[0];
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/stats/rates', () => {
  it('answers null rates (not 0 %) and zero counts when nothing was submitted', async () => {
    const r = await rates('2025-02-03');
    expect(r.placeId).toBe(community);
    for (const key of RATE_KEYS) {
      expect(r.rates[key], key).toEqual({ value: null, numerator: 0, denominator: 0 });
    }
    expect(r.counts.submitted).toBe(0);
    expect(r.averages.handlingHours).toBeNull();
  });

  it('response rate: on time counts, late counts against, a ticket inside its limit is not judged yet', async () => {
    await setClock(bj('2025-03-04T10:00:00'));
    const onTime = await submit();
    const late = await submit();
    const waiting = await submit();
    const rejected = await submit();
    await later(HOUR);
    await accept(onTime);
    await act('community', rejected, { action: 'reject', reason: '不属于受理范围' });
    let r = await rates('2025-03-04');
    expect(r.counts.submitted).toBe(4);
    expect(r.counts.accepted).toBe(1);
    expect(r.counts.rejected).toBe(1);
    // A timely rejection is a timely response; the two unanswered ones are still inside their limit.
    expect(ratio(r.rates.responseRate)).toEqual([2, 2]);
    expect(r.rates.responseRate?.value).toBe(1);

    // Thursday: a working day later the response limit (Wednesday 10:00) has passed for both.
    await setClock(bj('2025-03-06T10:00:00'));
    r = await rates('2025-03-04');
    expect(ratio(r.rates.responseRate)).toEqual([2, 4]);
    await accept(late);
    r = await rates('2025-03-04');
    expect(ratio(r.rates.responseRate)).toEqual([2, 4]);
    expect(r.counts.accepted).toBe(2);
    expect(r.closedByOutcome.rejected).toBe(1);
    expect(waiting).toBeTruthy();
    // Average response: 1 h (on time), 1 h (rejected), 48 h (late).
    expect(r.averages.responseHours).toBeCloseTo(50 / 3, 6);
  });

  it('resolution and satisfaction: 不满意 and closing as explained are not resolved; the latest rating counts', async () => {
    await setClock(bj('2025-03-11T10:00:00'));
    const [satisfied, unsatisfied, basically, explained, fresh] = [
      await submit(),
      await submit(),
      await submit(),
      await submit(),
      await submit(),
    ];
    for (const id of [satisfied, unsatisfied, basically, explained, fresh]) {
      await accept(id);
    }
    for (const id of [satisfied, unsatisfied, basically]) {
      await resolve(id);
    }
    await rate(satisfied, 'satisfied');
    await rate(unsatisfied, 'unsatisfied');
    await rate(basically, 'basically_satisfied');
    await act('community', explained, { action: 'close', outcome: 'explained' });

    let r = await rates('2025-03-11');
    // Due for handling: three resolved once and one closed; `fresh` is still inside its limit.
    expect(r.counts.dueForHandling).toBe(4);
    expect(r.counts.resolved).toBe(2);
    expect(ratio(r.rates.resolutionRate)).toEqual([2, 4]);
    expect(ratio(r.rates.satisfactionRate)).toEqual([2, 3]);
    expect(r.ratedByRating).toEqual({ satisfied: 1, basically_satisfied: 1, unsatisfied: 1 });
    expect(r.closedByOutcome.explained).toBe(1);
    expect(ratio(r.rates.reworkRate)).toEqual([1, 3]);
    expect(ratio(r.rates.closureRate)).toEqual([1, 4]);

    // Resolved again after 不满意 (an hour later): resolved, awaiting the new rating; the 不满意 still counts in 满意率.
    await later(HOUR);
    await resolve(unsatisfied);
    r = await rates('2025-03-11');
    expect(ratio(r.rates.resolutionRate)).toEqual([3, 4]);
    expect(ratio(r.rates.satisfactionRate)).toEqual([2, 3]);
    await rate(unsatisfied, 'satisfied');
    r = await rates('2025-03-11');
    expect(ratio(r.rates.satisfactionRate)).toEqual([3, 3]);
    expect(ratio(r.rates.reworkRate)).toEqual([1, 3]);

    // Closing a rated ticket makes it 结案 with outcome resolved, on time.
    await act('community', satisfied, { action: 'close' });
    r = await rates('2025-03-11');
    expect(r.closedByOutcome.resolved).toBe(1);
    expect(ratio(r.rates.closureRate)).toEqual([2, 4]);
    expect(ratio(r.rates.closedOnTimeRate)).toEqual([2, 4]);
    expect(ratio(r.rates.resolutionRate)).toEqual([3, 4]);
  });

  it('a withdrawn or transferred ticket never counts as resolved', async () => {
    await setClock(bj('2025-03-12T10:00:00'));
    const withdrawn = await submit();
    const transferred = await submit();
    await accept(withdrawn);
    await accept(transferred);
    await act('resident', withdrawn, { action: 'close', outcome: 'withdrawn' });
    await act('community', transferred, { action: 'close', outcome: 'transferred' });
    const r = await rates('2025-03-12');
    expect(r.counts.closed).toBe(2);
    expect(r.counts.resolved).toBe(0);
    expect(ratio(r.rates.resolutionRate)).toEqual([0, 2]);
    expect(r.rates.resolutionRate?.value).toBe(0);
    expect(r.closedByOutcome).toMatchObject({ withdrawn: 1, transferred: 1, resolved: 0 });
  });

  it('on time, overdue and extended: an approved extension moves the limit', async () => {
    await setClock(bj('2025-03-18T10:00:00'));
    const quick = await submit();
    const slow = await submit();
    const extended = await submit();
    const open = await submit();
    for (const id of [quick, slow, extended, open]) {
      await accept(id);
    }
    await dispatch(quick);
    await dispatch(extended);
    await act('handler', quick, { action: 'receive' });
    await act('handler', quick, { action: 'resolve', result: '已修好' });
    await act('street', extended, { action: 'extend', reason: '需要采购配件', days: 20 });

    // Thirty days on, 15 working days have passed: the original limits are gone.
    await later(30 * DAY);
    await resolve(slow);
    await act('handler', extended, { action: 'receive' });
    await act('handler', extended, { action: 'resolve', result: '配件到货已修好' });

    const r = await rates('2025-03-18');
    expect(r.counts.resolved).toBe(3);
    expect(r.counts.resolvedOnTime).toBe(2);
    expect(ratio(r.rates.onTimeRate)).toEqual([2, 3]);
    // The open one is overdue too, so it lowers 按期处置率 but not the on-time rate of resolved tickets.
    expect(ratio(r.rates.handledOnTimeRate)).toEqual([2, 4]);
    expect(r.counts.overdue).toBe(2);
    expect(r.counts.overdueOpen).toBe(1);
    expect(r.counts.extended).toBe(1);
    expect(ratio(r.rates.extensionRate)).toEqual([1, 4]);
    expect(r.averages.handlingHours).toBeGreaterThan(0);
  });

  it('accurate dispatch: a ticket returned by the unit is not accurately dispatched', async () => {
    await setClock(bj('2025-03-25T10:00:00'));
    const right = await submit();
    const wrong = await submit();
    const notDispatched = await submit();
    for (const id of [right, wrong, notDispatched]) {
      await accept(id);
    }
    await dispatch(right);
    await dispatch(wrong);
    await act('handler', right, { action: 'receive' });
    await act('handler', wrong, { action: 'return', reason: '不属于本单位职责' });
    let r = await rates('2025-03-25');
    expect(r.counts.returned).toBe(1);
    expect(ratio(r.rates.accurateDispatchRate)).toEqual([1, 2]);
    // Dispatched again after the return: still not accurate.
    await dispatch(wrong);
    r = await rates('2025-03-25');
    expect(ratio(r.rates.accurateDispatchRate)).toEqual([1, 2]);
  });

  it('counts working hours like the calendar: filed before 国庆 2025, resolved after it', async () => {
    await setClock(bj('2025-09-30T17:00:00'));
    const id = await submit();
    await accept(id);
    await setClock(bj('2025-10-09T11:00:00'));
    await resolve(id);
    const r = await rates('2025-09-30');
    const calendar = createWorkCalendar(OFFICIAL_CALENDAR, 'Asia/Shanghai');
    const expected = workingHoursBetween(calendar, bj('2025-09-30T17:00:00'), bj('2025-10-09T11:00:00'));
    expect(expected).toBe(3);
    expect(r.averages.handlingWorkingHours).toBeCloseTo(expected, 6);
    expect(r.averages.handlingHours).toBeCloseTo(8 * 24 + 18, 6);
  });
});

describe('scope', () => {
  it('gives each office its own subtree and 403 for a place outside it', async () => {
    await setClock(bj('2025-04-01T10:00:00'));
    await submit();
    expect((await rates('2025-04-01')).counts.submitted).toBe(1);
    expect((await rates('2025-04-01', 'street')).counts.submitted).toBe(1);
    expect((await rates('2025-04-01', 'street', community)).counts.submitted).toBe(1);
    expect((await rates('2025-04-01', 'leader')).counts.submitted).toBe(1);
    expect((await rates('2025-04-01', 'community2')).counts.submitted).toBe(0);

    const ask = (who: string, placeId: string) =>
      call(who, 'GET', `/api/stats/rates?from=2025-04-01&to=2025-04-02&placeId=${placeId}`);
    // Another district's community, and the office's own parent: both outside its subtree.
    expect((await ask('community', community2)).statusCode).toBe(403);
    expect((await ask('community', street)).statusCode).toBe(403);
    expect((await ask('community2', community)).statusCode).toBe(403);
    expect((await ask('community', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(403);
    // Roles without the statistics permission, and nobody signed in.
    expect((await call('resident', 'GET', '/api/stats/rates')).statusCode).toBe(403);
    expect((await call('handler', 'GET', '/api/stats/rates')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/stats/rates')).statusCode).toBe(401);
  });

  it('rejects a period that ends before it starts', async () => {
    const res = await call('community', 'GET', '/api/stats/rates?from=2025-04-02&to=2025-04-01');
    expect(res.statusCode).toBe(400);
    const bad = await call('community', 'GET', '/api/stats/rates?from=yesterday');
    expect(bad.statusCode).toBe(400);
  });

  it('breaks the figures down by child node, every child listed', async () => {
    const res = await call('street', 'GET', '/api/stats/rates/breakdown?from=2025-04-01&to=2025-04-02');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; counts: { submitted: number } }[];
    expect(items.length).toBeGreaterThan(1);
    expect(items.find((i) => i.id === community)?.counts.submitted).toBe(1);
    expect(items.filter((i) => i.id !== community).every((i) => i.counts.submitted === 0)).toBe(true);
    const units = await call(
      'street',
      'GET',
      '/api/stats/rates/breakdown?by=unit&from=2025-03-25&to=2025-03-26',
    );
    const byUnit = units.json().items as { id: string | null; counts: { dispatched: number } }[];
    expect(byUnit.find((i) => i.id === handlerUnit)?.counts.dispatched).toBe(2);
  });

  it('names the way back up from a drill-down, never above the caller’s own node', async () => {
    const fromStreet = await call('street', 'GET', `/api/stats/rates?placeId=${home}`);
    const trail = fromStreet.json().trail as { id: string; name: string }[];
    // street → community → compound → grid → (the building itself is the target)
    expect(trail.map((p) => p.id).slice(0, 2)).toEqual([street, community]);
    expect(trail).toHaveLength(4);
    const fromCommunity = await call('community', 'GET', `/api/stats/rates?placeId=${home}`);
    expect(fromCommunity.json().trail.map((p: { id: string }) => p.id)).toEqual(
      trail.slice(1).map((p) => p.id),
    );
    expect((await call('street', 'GET', '/api/stats/rates')).json().trail).toEqual([]);
    const fromLeader = await call('leader', 'GET', `/api/stats/rates?placeId=${community}`);
    expect(
      fromLeader
        .json()
        .trail.map((p: { id: string }) => p.id)
        .slice(-1),
    ).toEqual([street]);
  });
});

describe('GET /api/stats/rates/export.xlsx', () => {
  it('writes the page’s figures and both rankings, in the caller’s language', async () => {
    const query = 'from=2025-03-25&to=2025-03-26';
    const shown = (await call('street', 'GET', `/api/stats/rates?${query}`)).json() as Rates;
    const res = await call('street', 'GET', `/api/stats/rates/export.xlsx?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('三率统计-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['三率及指标', '按下级', '按承办单位']);
    const summary = workbook.worksheets[0];
    const rowOf = (name: string) => {
      let found: ExcelJS.Row | undefined;
      summary?.eachRow((row) => {
        if (row.getCell(1).value === name) {
          found = row;
        }
      });
      return found;
    };
    const response = rowOf('响应率');
    expect(response?.getCell(2).value).toBe(shown.rates.responseRate?.value);
    expect(response?.getCell(3).value).toBe(shown.rates.responseRate?.numerator);
    expect(response?.getCell(4).value).toBe(shown.rates.responseRate?.denominator);
    expect(rowOf('受理数')?.getCell(2).value).toBe(shown.counts.accepted);
    const byUnit = workbook.worksheets[2];
    const units = (await call('street', 'GET', `/api/stats/rates/breakdown?by=unit&${query}`)).json();
    expect(byUnit?.rowCount).toBe(1 + units.items.length);

    const en = await call('street', 'GET', `/api/stats/rates/export.xlsx?${query}`, undefined, {
      'accept-language': 'en-US',
    });
    const english = new ExcelJS.Workbook();
    await english.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
    expect(english.worksheets.map((s) => s.name)).toEqual([
      'Rates and indicators',
      'By child node',
      'By unit',
    ]);
    // Same scope rules as the figures.
    expect(
      (await call('community', 'GET', `/api/stats/rates/export.xlsx?placeId=${street}`)).statusCode,
    ).toBe(403);
  });
});

describe('GET /api/stats/definitions', () => {
  it('serves every rate with its numerator and denominator, in the caller’s language', async () => {
    const zh = (await call('community', 'GET', '/api/stats/definitions')).json();
    expect(zh.rates.map((r: { key: string }) => r.key)).toEqual([...RATE_KEYS]);
    expect(zh.rates[0].name).toBe('响应率');
    const en = await call('community', 'GET', '/api/stats/definitions', undefined, {
      'accept-language': 'en-US',
    });
    expect(en.json().rates[0].name).toBe('Response rate');
  });
});
