import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldMessage, zodMessage } from './field-messages';
import type { Locale } from './messages';

/** What `schema` says about `input` put in field `field`, in `locale`. */
function said(
  schema: z.ZodType,
  input: unknown,
  field: string | undefined,
  locale: Locale = 'zh-CN',
): string {
  const parsed = schema.safeParse(input);
  const issue = parsed.error?.issues[0];
  if (!issue) {
    throw new Error('the input passed');
  }
  return zodMessage(issue, locale, { field, input });
}

const text = z.string().trim().min(2).max(100);

describe('zodMessage', () => {
  it('names the field and the limit of a text', () => {
    expect(said(text, 'x'.repeat(101), 'title')).toBe('标题最多 100 个字');
    expect(said(text, 'x'.repeat(101), 'title', 'en-US')).toBe('Title can be at most 100 characters');
    expect(said(text, 'x', 'title')).toBe('标题至少 2 个字');
    expect(said(text, 'x', 'title', 'en-US')).toBe('Title must be at least 2 characters');
    expect(said(z.string().max(4000), 'x'.repeat(4001), 'description', 'en-US')).toBe(
      'Description can be at most 4,000 characters',
    );
    expect(said(z.string().max(1), 'xx', 'note', 'en-US')).toBe('Note can be at most 1 character');
  });

  it('asks for what is missing or blank: 请填写 for typed fields, 请选择 for chosen ones', () => {
    expect(said(text, undefined, 'title')).toBe('请填写标题');
    expect(said(text, '   ', 'title')).toBe('请填写标题');
    expect(said(z.string().trim().min(1), '', 'reason', 'en-US')).toBe('Please enter the reason');
    expect(said(z.uuid(), undefined, 'placeId')).toBe('请选择地点');
    expect(said(z.enum(['a', 'b']), undefined, 'kind', 'en-US')).toBe('Please choose the type');
    expect(said(z.array(z.string()).min(1), [], 'roles')).toBe('请选择角色');
  });

  it('says which values a list allows', () => {
    expect(said(z.enum(['problem', 'wish']), 'complaint', 'kind')).toBe('类型只能是以下之一：problem、wish');
    expect(said(z.enum(['problem', 'wish']), 'complaint', 'kind', 'en-US')).toBe(
      'Type must be one of: problem, wish',
    );
  });

  it('words numbers, lists, types and formats', () => {
    const hours = z.number().int().min(1).max(2400);
    expect(said(hours, 0, 'responseHours')).toBe('响应时限不能小于 1');
    expect(said(hours, 2401, 'responseHours', 'en-US')).toBe('Response limit can be at most 2,400');
    expect(said(hours, 1.5, 'responseHours')).toBe('响应时限应为整数');
    expect(said(hours, 'ten', 'responseHours', 'en-US')).toBe('Response limit must be a number');
    expect(said(z.boolean(), 'yes', 'isPublic')).toBe('是否公开应为 true 或 false');
    expect(said(z.array(z.string()).max(2), ['a', 'b', 'c'], 'rooms')).toBe('活动室最多 2 项');
    expect(said(z.array(z.string()).max(2), ['a', 'b', 'c'], 'rooms', 'en-US')).toBe(
      'Rooms: at most 2 items',
    );
    expect(said(z.uuid(), 'nope', 'id', 'en-US')).toBe('ID is not valid');
    expect(said(z.iso.date(), '2026-13-01', 'day')).toBe('日期应写作年-月-日，如 2026-10-01');
    expect(said(z.string().regex(/^\d+$/), 'x', 'code')).toBe('编码格式不对');
  });

  it('keeps a message key the schema chose, with the field at hand', () => {
    const phone = z.string().regex(/^1\d{10}$/, 'format_phone');
    expect(said(phone, '123', 'phone')).toBe('电话号码格式不对：请填写 11 位手机号，或带区号的固定电话');
    const code = z.string({ error: 'one_time_code' }).regex(/^\d{6}$/, 'one_time_code');
    expect(said(code, undefined, 'code', 'en-US')).toBe('Enter the 6-digit code');
    expect(
      said(
        z.string().refine(() => false, 'plain words'),
        'x',
        'title',
      ),
    ).toBe('plain words');
  });

  it('still reads as a sentence for a field the dictionary does not know', () => {
    expect(said(z.string().max(100), 'x'.repeat(101), 'mystery')).toBe('这一项最多 100 个字');
    expect(said(z.string().max(100), 'x'.repeat(101), 'mystery', 'en-US')).toBe(
      'This field can be at most 100 characters',
    );
    expect(said(z.string(), undefined, undefined, 'en-US')).toBe('Please fill in this field');
    expect(said(z.enum(['a']), undefined, 'mystery')).toBe('请选择这一项');
  });
});

describe('fieldMessage', () => {
  it('turns a service’s `required` into a request for that field', () => {
    expect(fieldMessage('body.reason', 'required', 'zh-CN')).toBe('请填写原因');
    expect(fieldMessage('body.unitId', 'required', 'en-US')).toBe('Please choose the unit');
  });

  it('names the field of an unknown value', () => {
    expect(fieldMessage('query.state', 'unknown_value', 'zh-CN', { value: 'lost' })).toBe(
      '状态“lost”不存在或无效',
    );
    expect(fieldMessage('body.categoryId', 'unknown_value', 'en-US', { value: 'x' })).toBe(
      'Category “x” does not exist or is not valid',
    );
  });

  it('lends other keys the label and keeps their own parameters', () => {
    expect(fieldMessage('body.code', 'code_taken', 'zh-CN', { code: 'A1' })).toBe('编码“A1”已被使用');
  });
});
