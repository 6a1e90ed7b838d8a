import { describe, expect, it } from 'vitest';
import { notification, outboxMessage } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { sendNotice } from './send';
import { registerSubject } from './subjects';

const MEETINGS = registerSubject<{ scheduled: { name: string }; minutes: { name: string } }>({
  type: 'unit_test_meeting',
  link: (id) => `/m/meetings/${id}`,
  templates: {
    scheduled: {
      text: {
        'zh-CN': (p) => ({ title: '议事会通知', body: `「${p.name}」将召开` }),
        'en-US': (p) => ({ title: 'Meeting notice', body: `“${p.name}” is scheduled` }),
      },
      outside: (p) => ({ number: 'YS-1', title: p.name, move: '将召开', note: null }),
    },
    minutes: {
      text: {
        'zh-CN': (p) => ({ title: '会议纪要', body: `「${p.name}」纪要已发布` }),
        'en-US': (p) => ({ title: 'Minutes', body: `“${p.name}” minutes published` }),
      },
    },
  },
});

/**
 * A transaction that records each statement instead of running it: the request path's round trips. A statement
 * run at once lands in `now`, one handed to `ctx.later` (written with COMMIT) in `statements`.
 */
function recordingCtx() {
  type Statement = { table: unknown; rows: Record<string, unknown>[] };
  const statements: Statement[] = [];
  const now: Statement[] = [];
  const tx = {
    insert: (table: unknown) => ({
      values: (rows: Record<string, unknown>[]) => {
        const statement = { table, rows };
        return {
          statement,
          // biome-ignore lint/suspicious/noThenProperty: stands in for Drizzle's awaitable query.
          then: (done: () => void) => {
            now.push(statement);
            done();
          },
        };
      },
    }),
  };
  const ctx = {
    tx,
    actor: { accountId: 'a0' },
    now: new Date('2026-12-02T02:30:00Z'),
    later: (insert: { statement: Statement }) => statements.push(insert.statement),
  } as unknown as Ctx;
  return { ctx, statements, now };
}

const notice = { districtId: 'd1', subjectId: 's1', audience: ['a1', 'a2', 'a0', 'a2'] };

describe('sendNotice', () => {
  it('writes one batched insert into the inbox and one into the outbox with COMMIT, and reads nothing', async () => {
    const { ctx, statements, now } = recordingCtx();
    const told = await sendNotice(ctx, MEETINGS, {
      ...notice,
      template: 'scheduled',
      params: { name: '阳光议事会' },
    });
    expect(told).toBe(2);
    expect(now).toEqual([]);
    expect(statements.map((s) => s.table)).toEqual([notification, outboxMessage]);
    expect(statements[0]?.rows.map((r) => r.accountId)).toEqual(['a1', 'a2']);
    expect(statements[1]?.rows[0]).toMatchObject({
      subjectType: 'unit_test_meeting',
      subjectId: 's1',
      channel: 'auto',
      body: '【连心】「阳光议事会」将召开',
      payload: { path: '/m/meetings/s1', number: 'YS-1', move: '将召开', at: '2026-12-02T02:30:00.000Z' },
    });
  });

  it('writes only the inbox for an inbox-only template, and nothing for an empty audience', async () => {
    const inboxOnly = recordingCtx();
    await sendNotice(inboxOnly.ctx, MEETINGS, {
      ...notice,
      template: 'minutes',
      params: { name: '阳光议事会' },
    });
    expect(inboxOnly.statements.map((s) => s.table)).toEqual([notification]);
    const nobody = recordingCtx();
    const told = await sendNotice(nobody.ctx, MEETINGS, {
      ...notice,
      audience: ['a0'],
      template: 'minutes',
      params: { name: '阳光议事会' },
    });
    expect(told).toBe(0);
    expect(nobody.statements).toEqual([]);
  });

  it('refuses a subject type registered twice', () => {
    expect(() => registerSubject({ type: 'unit_test_meeting', link: () => null, templates: {} })).toThrow(
      /registered twice/,
    );
  });
});
