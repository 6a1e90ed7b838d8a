import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, caller, loginAll, ticketBody } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

// A refused field says what is wrong as a person would, naming the field, in the caller's language
// (platform/field-messages.ts) — not zod's "Too big: expected string to have <=100 characters".
let t: TestApp;
let call: Call;
let home: string;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t, await loginAll(t, ['admin', 'community', 'resident']));
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
});
afterAll(async () => {
  await t.close();
});

type FieldErrors = { path: string; message: string }[];

/** The field errors of a 400, as `path → message`. */
async function refused(response: Promise<{ statusCode: number; json(): unknown }>) {
  const res = await response;
  expect(res.statusCode).toBe(400);
  const errors = (res.json() as { errors: FieldErrors }).errors;
  return Object.fromEntries(errors.map((e) => [e.path, e.message]));
}

const zh = { 'accept-language': 'zh-CN' };
const en = { 'accept-language': 'en-US' };

describe('validation messages people can read', () => {
  it('a title too long', async () => {
    const body = ticketBody(home, { title: '灯'.repeat(5000) });
    expect(await refused(call('resident', 'POST', '/api/tickets', body, zh))).toEqual({
      'body.title': '标题最多 100 个字',
    });
    expect(await refused(call('resident', 'POST', '/api/tickets', body, en))).toEqual({
      'body.title': 'Title can be at most 100 characters',
    });
  });

  it('a missing field, and one left blank', async () => {
    const { title: _, ...untitled } = ticketBody(home);
    expect(await refused(call('resident', 'POST', '/api/tickets', untitled, zh))).toEqual({
      'body.title': '请填写标题',
    });
    expect(
      await refused(call('resident', 'POST', '/api/tickets', ticketBody(home, { description: '   ' }), en)),
    ).toEqual({ 'body.description': 'Please enter the description' });
    // Chosen from a list: 请选择.
    const { placeId: __, ...placeless } = ticketBody(home);
    expect(await refused(call('resident', 'POST', '/api/tickets', placeless, zh))).toEqual({
      'body.placeId': '请选择地点',
    });
  });

  it('a bad phone number', async () => {
    const body = { phone: '12345', purpose: 'register' };
    expect(await refused(call(null, 'POST', '/api/auth/sms-code', body, zh))).toEqual({
      'body.phone': '电话号码格式不对：请填写 11 位手机号，或带区号的固定电话',
    });
    expect(await refused(call(null, 'POST', '/api/auth/sms-code', body, en))).toEqual({
      'body.phone':
        'Phone number is not valid: use an 11-digit mobile number or a landline with its area code',
    });
  });

  it('a value not in the list', async () => {
    const body = ticketBody(home, { kind: 'complaint' });
    expect(await refused(call('resident', 'POST', '/api/tickets', body, zh))).toEqual({
      'body.kind': '类型只能是以下之一：problem、wish、service、suggestion、consultation',
    });
    expect(await refused(call('resident', 'POST', '/api/tickets', body, en))).toEqual({
      'body.kind': 'Type must be one of: problem, wish, service, suggestion, consultation',
    });
    // Not a schema's list but the service's: no such category.
    const nowhere = '00000000-0000-4000-8000-000000000000';
    const uncategorised = ticketBody(home, { categoryId: nowhere });
    expect(await refused(call('resident', 'POST', '/api/tickets', uncategorised, zh))).toEqual({
      'body.categoryId': `分类“${nowhere}”不存在或无效`,
    });
  });

  it('numbers, ids, one-time codes and fields a service requires', async () => {
    const login = { username: 'admin', password: 'x', totp: '12' };
    expect(await refused(call(null, 'POST', '/api/auth/login', login, zh))).toEqual({
      'body.totp': '请填写 6 位数字验证码',
    });
    expect(await refused(call('community', 'GET', '/api/tickets/not-an-id', undefined, en))).toEqual({
      'params.id': 'ID is not valid',
    });
    const rule = { kind: null, categoryId: null, urgency: null, responseHours: 0, handleHours: 2.5 };
    expect(await refused(call('admin', 'POST', '/api/deadline-rules', rule, zh))).toEqual({
      'body.responseHours': '响应时限不能小于 1',
      'body.handleHours': '办结时限应为整数',
    });
    // A move's own required fields (the workflow table), said by the service: 请填写原因.
    const ticket = (await call('resident', 'POST', '/api/tickets', ticketBody(home))).json();
    expect(
      await refused(call('community', 'POST', `/api/tickets/${ticket.id}/actions`, { action: 'reject' }, zh)),
    ).toEqual({ 'body.reason': '请填写原因' });
  });

  it('a query parameter', async () => {
    const url = `/api/tickets?cursor=${'x'.repeat(300)}`;
    expect(await refused(call('community', 'GET', url, undefined, en))).toEqual({
      'querystring.cursor': 'Page cursor can be at most 200 characters',
    });
  });
});
