import { describe, expect, it } from 'vitest';
import { isTold, TICKET_NOTICES } from './notices';

const TICKET = { number: 'GD-20261202-000007', title: '北门路灯不亮' };
const { move, overdue, extension_requested } = TICKET_NOTICES.templates;

// The words followers read were written inline before templates; these pin them, character for character.
describe('ticket notices', () => {
  it('say a move in Chinese exactly as before, with and without a note', () => {
    expect(move.text['zh-CN']({ ...TICKET, move: 'accept', note: null })).toEqual({
      title: 'GD-20261202-000007 已受理',
      body: '「北门路灯不亮」已受理',
    });
    expect(move.text['zh-CN']({ ...TICKET, move: 'progress', note: '已联系供电所' })).toEqual({
      title: 'GD-20261202-000007 有新的办理进展',
      body: '「北门路灯不亮」有新的办理进展：已联系供电所',
    });
    expect(move.outside?.({ ...TICKET, move: 'claim', note: null })).toEqual({
      ...TICKET,
      move: '已有志愿者认领',
      note: null,
    });
  });

  it('say the overdue urge and the extension request as before, and in English too', () => {
    expect(overdue.text['zh-CN'](TICKET)).toEqual({
      title: 'GD-20261202-000007 已督办',
      body: '「北门路灯不亮」已督办：已超过办理时限，已提醒承办单位和督查人员',
    });
    expect(overdue.outside?.(TICKET)).toEqual({
      ...TICKET,
      move: '已督办',
      note: '已超过办理时限，已提醒承办单位和督查人员',
    });
    expect(overdue.text['en-US'](TICKET).title).toBe('GD-20261202-000007 urged');
    const request = { ...TICKET, days: 3, requester: '张三', reason: '材料未齐' };
    expect(extension_requested.text['zh-CN'](request)).toEqual({
      title: 'GD-20261202-000007 申请延期 3 个工作日，待您审批',
      body: '「北门路灯不亮」张三申请延期 3 个工作日：材料未齐',
    });
    expect(extension_requested.outside).toBeUndefined();
  });

  it('keep internal moves from the followers', () => {
    expect(isTold('request_extension')).toBe(false);
    expect(isTold('deny_extension')).toBe(false);
    expect(isTold('approve_extension')).toBe(true);
  });
});
