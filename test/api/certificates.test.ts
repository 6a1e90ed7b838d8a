import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CERTIFICATE_NUMBER } from '../../src/shared/certificates';
import { type Call, caller, loginAll, submitTicket, ticketCalls } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { rowsOf } from '../support/db';
import { personOf } from '../support/factories';
import { mappedCodePoints } from '../support/pdf';

/**
 * The service record certificate (志愿服务记录证明) through the real app: it certifies exactly the confirmed
 * hours of the ledger, is the same certificate when asked again and a new one when the record changed, is
 * audited, can be checked publicly by its number with the name masked, and only the volunteer and the office
 * of their area may ask for it.
 */
let t: TestApp;
let call: Call;
let act: ReturnType<typeof ticketCalls>['act'];
const cookies: Record<string, string> = {};
let volunteerId: string;
let home: string;
let fudong: string;
let team: string;

beforeAll(async () => {
  t = await createTestApp();
  await loginAll(t, ['resident', 'community', 'community2', 'volunteer'], cookies);
  call = caller(t, cookies);
  ({ act } = ticketCalls(call));
  const me = (await call('volunteer', 'GET', '/api/auth/me')).json();
  volunteerId = me.id;
  team = me.unitIds[0];
  home = (await call('resident', 'GET', '/api/auth/me')).json().placeId;
  fudong = (await call('community', 'GET', '/api/auth/me')).json().placeId;
});
afterAll(async () => {
  await t?.close();
});

async function move(who: string, id: string, body: Record<string, unknown>) {
  const res = await act(who, id, body);
  expect(res.statusCode, `${who} ${String(body.action)}: ${res.body}`).toBe(200);
}

/** A haircut ordered, done by the demo volunteer in `minutes`, and its credit confirmed by the office. */
async function serve(minutes: number): Promise<void> {
  const offering = await call('community', 'POST', '/api/service-offerings', {
    name: '免费理发',
    unitId: team,
    placeId: fudong,
    description: '每月第一个周六上午',
  });
  expect(offering.statusCode, offering.body).toBe(201);
  const order = await submitTicket(call, 'resident', home, {
    kind: 'service',
    offeringId: offering.json().id,
    title: '想预约理发',
    description: '腿脚不便，希望上门',
  });
  await move('community', order.id, { action: 'accept' });
  await move('community', order.id, { action: 'dispatch', unitId: team });
  await move('volunteer', order.id, { action: 'receive' });
  await move('volunteer', order.id, { action: 'claim' });
  await move('volunteer', order.id, { action: 'resolve', result: '已上门理发', minutes });
  const hours = (await call('community', 'GET', `/api/service-hours?accountId=${volunteerId}`)).json();
  const credit = hours.items.find((h: { ticketId: string | null }) => h.ticketId === order.id);
  expect((await call('community', 'POST', `/api/service-hours/${credit.id}/confirm`)).statusCode).toBe(204);
}

const download = (who: string) => call(who, 'GET', `/api/volunteers/${volunteerId}/certificate.pdf`);
const numberOf = (res: { headers: Record<string, unknown> }) =>
  String(res.headers['content-disposition']).match(/filename="([^"]+)\.pdf"/)?.[1] ?? '';

describe('the service record certificate', () => {
  it('certifies the confirmed hours, the same certificate again, a new one when the record changed', async () => {
    await serve(45);
    const first = await download('volunteer');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const number = numberOf(first);
    expect(number).toMatch(CERTIFICATE_NUMBER);

    const total = (await call('community', 'GET', `/api/service-hours?accountId=${volunteerId}`)).json()
      .totalMinutes;
    const check = await call('resident', 'GET', `/api/certificates/${number}`);
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ number, minutes: total });
    expect(check.json().volunteerName).toMatch(/^.\*+$/);
    expect(check.json().volunteerNumber).toBeTruthy();

    // Asked again, by the office this time, with nothing changed: the same certificate.
    const again = await download('community');
    expect(again.statusCode).toBe(200);
    expect(numberOf(again)).toBe(number);

    await serve(30);
    const changed = await download('volunteer');
    expect(numberOf(changed)).not.toBe(number);
    expect((await call('resident', 'GET', `/api/certificates/${numberOf(changed)}`)).json().minutes).toBe(
      total + 30,
    );
    // The first one still states what it stated.
    expect((await call('resident', 'GET', `/api/certificates/${number}`)).json().minutes).toBe(total);

    const audited = await rowsOf<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM (SELECT action, target_id FROM audit_pending UNION ALL
        SELECT action, target_id FROM audit_event) AS a
        WHERE action = 'certificate.issue' AND target_id = ${volunteerId}`,
    );
    expect(audited[0]?.n).toBe(3);
  });

  it('prints the Chinese it certifies with the embedded font', async () => {
    const pdf = (await download('volunteer')).rawPayload;
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    const mapped = mappedCodePoints(pdf);
    for (const ch of '志愿服务记录证明想预约理发') {
      expect(mapped.has(ch.codePointAt(0) as number), ch).toBe(true);
    }
  });

  it('is never edited or deleted by the application, down to the database', async () => {
    const staff = await personOf(t, 'community');
    for (const statement of [
      sql`UPDATE volunteer_certificate SET minutes = minutes + 600`,
      sql`DELETE FROM volunteer_certificate`,
    ]) {
      const refused = await t
        .as(staff.actor, (ctx) => ctx.tx.execute(statement))
        .then(
          () => null,
          (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
        );
      expect(refused).toMatch(/permission denied/);
    }
  });

  it('is for the volunteer and the office of their area only', async () => {
    expect((await download('community2')).statusCode).toBe(404);
    expect((await download('resident')).statusCode).toBe(403);
    const other = (await call('community', 'GET', '/api/auth/me')).json().id;
    expect((await call('volunteer', 'GET', `/api/volunteers/${other}/certificate.pdf`)).statusCode).toBe(404);
    // A fellow volunteer of the same community (王志强, approved in the demo) is not the office.
    const [fellow] = await rowsOf<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM account WHERE username = 'applicant3'`,
    );
    const asked = await call('volunteer', 'GET', `/api/volunteers/${fellow?.id}/certificate.pdf`);
    expect(asked.statusCode).toBe(404);
    expect((await call('community', 'GET', `/api/volunteers/${fellow?.id}/certificate.pdf`)).statusCode).toBe(
      200,
    );
  });

  it('answers an unknown number 404 and a malformed one 400, in the caller’s language', async () => {
    const unknown = await call('resident', 'GET', '/api/certificates/ZM20261203-ABCDEFGH');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json().detail ?? unknown.json().title).toMatch(/编号/);
    expect((await call('resident', 'GET', '/api/certificates/nonsense')).statusCode).toBe(400);
    const reversed = await call(
      'volunteer',
      'GET',
      `/api/volunteers/${volunteerId}/certificate.pdf?from=2026-12-01&to=2026-11-01`,
    );
    expect(reversed.statusCode).toBe(400);
  });
});
