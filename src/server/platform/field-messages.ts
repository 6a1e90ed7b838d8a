import type { z } from 'zod';
import { textLength } from '../../shared/limits';
import { type FieldLabel, fieldLabel, fieldOfPath } from './field-labels';
import { isMessageKey, type Locale, registerMessages, translate } from './messages';

/**
 * What a refused field says, as a person would say it and naming the field: "标题最多 100 个字", "请选择地点",
 * "Title can be at most 100 characters". Zod's own checks (length, type, format, one of a list) are turned into
 * these sentences here; a schema or a service that names a message key of its own keeps it, with the field's
 * label at hand as `{field}` / `{Field}`.
 */
registerMessages({
  field_missing: { 'zh-CN': '请填写{field}', 'en-US': 'Please enter the {field}' },
  field_missing_pick: { 'zh-CN': '请选择{field}', 'en-US': 'Please choose the {field}' },
  field_too_long: {
    'zh-CN': '{field}最多 {max} 个字',
    'en-US': '{Field} can be at most {max} {characters}',
  },
  field_too_short: {
    'zh-CN': '{field}至少 {min} 个字',
    'en-US': '{Field} must be at least {min} {characters}',
  },
  field_too_large: { 'zh-CN': '{field}不能大于 {max}', 'en-US': '{Field} can be at most {max}' },
  field_too_large_exclusive: { 'zh-CN': '{field}必须小于 {max}', 'en-US': '{Field} must be less than {max}' },
  field_too_small: { 'zh-CN': '{field}不能小于 {min}', 'en-US': '{Field} must be at least {min}' },
  field_too_small_exclusive: {
    'zh-CN': '{field}必须大于 {min}',
    'en-US': '{Field} must be more than {min}',
  },
  field_too_many: { 'zh-CN': '{field}最多 {max} 项', 'en-US': '{Field}: at most {max} {items}' },
  field_too_few: { 'zh-CN': '{field}至少要有 {min} 项', 'en-US': '{Field}: at least {min} {items}' },
  field_out_of_range: { 'zh-CN': '{field}超出了允许的范围', 'en-US': '{Field} is out of range' },
  field_not_text: { 'zh-CN': '{field}应为文字', 'en-US': '{Field} must be text' },
  field_not_number: { 'zh-CN': '{field}应为数字', 'en-US': '{Field} must be a number' },
  field_not_integer: { 'zh-CN': '{field}应为整数', 'en-US': '{Field} must be a whole number' },
  field_not_boolean: {
    'zh-CN': '{field}应为 true 或 false',
    'en-US': '{Field} must be true or false',
  },
  field_not_list: { 'zh-CN': '{field}应为列表', 'en-US': '{Field} must be a list' },
  field_bad_format: { 'zh-CN': '{field}格式不对', 'en-US': '{Field} is not in the right format' },
  field_bad_id: { 'zh-CN': '{field}无效', 'en-US': '{Field} is not valid' },
  field_bad_datetime: {
    'zh-CN': '{field}应为带时区的日期时间，如 2026-10-01T08:00:00+08:00',
    'en-US': '{Field} must be a date and time with its offset, such as 2026-10-01T08:00:00+08:00',
  },
  field_bad_date: {
    'zh-CN': '{field}应写作年-月-日，如 2026-10-01',
    'en-US': '{Field} must be written year-month-day, such as 2026-10-01',
  },
  field_bad_email: { 'zh-CN': '{field}不是有效的邮箱地址', 'en-US': '{Field} is not an e-mail address' },
  field_bad_url: { 'zh-CN': '{field}不是有效的网址', 'en-US': '{Field} is not a web address' },
  field_not_one_of: {
    'zh-CN': '{field}只能是以下之一：{values}',
    'en-US': '{Field} must be one of: {values}',
  },
  field_not_multiple: {
    'zh-CN': '{field}应为 {divisor} 的倍数',
    'en-US': '{Field} must be a multiple of {divisor}',
  },
  fields_unknown: { 'zh-CN': '有不认识的字段：{keys}', 'en-US': 'Unknown fields: {keys}' },
  field_unknown_value: {
    'zh-CN': '{field}“{value}”不存在或无效',
    'en-US': '{Field} “{value}” does not exist or is not valid',
  },
  // Formats a schema names (its regex's message), for the patterns people type
  format_phone: {
    'zh-CN': '{field}格式不对：请填写 11 位手机号，或带区号的固定电话',
    'en-US': '{Field} is not valid: use an 11-digit mobile number or a landline with its area code',
  },
  format_code: {
    'zh-CN': '{field}只能用字母、数字、- 和 _',
    'en-US': '{Field} may only use letters, digits, - and _',
  },
  format_category_code: {
    'zh-CN': '{field}只能用小写字母、数字和 . _ -',
    'en-US': '{Field} may only use lower-case letters, digits and . _ -',
  },
  format_username: {
    'zh-CN': '{field}须以小写字母开头，只能用小写字母、数字和 . _ -',
    'en-US': '{Field} must start with a lower-case letter and use only lower-case letters, digits and . _ -',
  },
  format_id_number: {
    'zh-CN': '{field}应为 18 位：17 位数字加 1 位数字或 X',
    'en-US': '{Field} must have 18 characters: 17 digits, then a digit or X',
  },
  format_id_number_check: {
    'zh-CN': '{field}校验位不对，请核对后重新填写',
    'en-US': '{Field} fails its check digit: please check it and enter it again',
  },
  one_time_code: { 'zh-CN': '请填写 6 位数字验证码', 'en-US': 'Enter the 6-digit code' },
});

/** Where a refused value was: the field's name (its label's key) and what was sent, when known. */
export type Where = { field?: string | undefined; input?: unknown };

type Params = Record<string, string | number>;

/** The field's label as message parameters: `{field}` mid-sentence, `{Field}` to start one. */
export function labelParams(field: string | undefined, locale: Locale, fallback?: string): Params {
  const label = fieldLabel(field)?.[locale] ?? fallback ?? translate('this_field', locale);
  return { field: label, Field: label.charAt(0).toUpperCase() + label.slice(1) };
}

// A field the dictionary does not know (a new one, before its label is added) still reads as a sentence.
registerMessages({
  this_field: { 'zh-CN': '这一项', 'en-US': 'this field' },
  this_field_missing: { 'zh-CN': '请填写这一项', 'en-US': 'Please fill in this field' },
  this_field_missing_pick: { 'zh-CN': '请选择这一项', 'en-US': 'Please choose a value for this field' },
});

function count(n: number, locale: Locale): string {
  return locale === 'en-US' ? n.toLocaleString('en-US') : String(n);
}

/** English plurals for the unit after a number (Chinese needs none). */
function units(n: number): Params {
  return { characters: n === 1 ? 'character' : 'characters', items: n === 1 ? 'item' : 'items' };
}

function missingKey(label: FieldLabel | undefined, isPick: boolean): string {
  const prefix = label ? 'field_missing' : 'this_field_missing';
  return label?.isPicked || isPick ? `${prefix}_pick` : prefix;
}

const TYPE_KEYS: Record<string, string> = {
  string: 'field_not_text',
  number: 'field_not_number',
  int: 'field_not_integer',
  bigint: 'field_not_integer',
  boolean: 'field_not_boolean',
  array: 'field_not_list',
};

const FORMAT_KEYS: Record<string, string> = {
  uuid: 'field_bad_id',
  guid: 'field_bad_id',
  datetime: 'field_bad_datetime',
  date: 'field_bad_date',
  email: 'field_bad_email',
  url: 'field_bad_url',
};

/** Which message key (and numbers) a zod issue gets. */
function keyOf(issue: z.core.$ZodIssue, where: Where, locale: Locale): [string, Params] {
  const label = fieldLabel(where.field);
  const isEmpty =
    where.input === undefined ||
    where.input === null ||
    (typeof where.input === 'string' && textLength(where.input) === 0);
  switch (issue.code) {
    case 'invalid_type':
      return isEmpty ? [missingKey(label, false), {}] : [TYPE_KEYS[issue.expected] ?? 'field_bad_format', {}];
    case 'invalid_value':
      return isEmpty
        ? [missingKey(label, true), {}]
        : ['field_not_one_of', { values: issue.values.map(String).join(locale === 'en-US' ? ', ' : '、') }];
    case 'too_big': {
      const max = Number(issue.maximum);
      const numbers = { max: count(max, locale), ...units(max) };
      switch (issue.origin) {
        case 'string':
          return ['field_too_long', numbers];
        case 'number':
        case 'int':
          return [issue.inclusive === false ? 'field_too_large_exclusive' : 'field_too_large', numbers];
        case 'array':
        case 'set':
          return ['field_too_many', numbers];
        default:
          return ['field_out_of_range', {}];
      }
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const numbers = { min: count(min, locale), ...units(min) };
      switch (issue.origin) {
        case 'string':
          return isEmpty || min <= 1 ? [missingKey(label, false), {}] : ['field_too_short', numbers];
        case 'number':
        case 'int':
          return [issue.inclusive === false ? 'field_too_small_exclusive' : 'field_too_small', numbers];
        case 'array':
        case 'set':
          return min <= 1 ? [missingKey(label, true), {}] : ['field_too_few', numbers];
        default:
          return ['field_out_of_range', {}];
      }
    }
    case 'invalid_format':
      return [FORMAT_KEYS[issue.format] ?? 'field_bad_format', {}];
    case 'not_multiple_of':
      return ['field_not_multiple', { divisor: String(issue.divisor) }];
    case 'unrecognized_keys':
      return ['fields_unknown', { keys: issue.keys.join(', ') }];
    default:
      return ['field_bad_format', {}];
  }
}

/**
 * A zod issue as a sentence in `locale` naming its field. A message the schema chose (a registered key, or a
 * custom refinement's text) wins; zod's own checks are worded here. `where.input` tells a missing value (请填写…)
 * from a wrong one.
 */
export function zodMessage(issue: z.core.$ZodIssue, locale: Locale, where: Where = {}): string {
  const label = labelParams(where.field, locale);
  if (isMessageKey(issue.message) || issue.code === 'custom') {
    return translate(issue.message, locale, label);
  }
  const [key, params] = keyOf(issue, where, locale);
  return translate(key, locale, { ...label, ...params });
}

/**
 * Short keys services raise for a field (`required`, `unknown_value`), said here with the field's name; the
 * Excel import report keeps the short words, as it puts the column's name before each.
 */
const NAMING: Record<string, (field: string | undefined) => string> = {
  required: (field) => missingKey(fieldLabel(field), false),
  unknown_value: () => 'field_unknown_value',
};

/**
 * A field error a service or route raised with a message key, in `locale`: `required` becomes "请填写…" /
 * "请选择…" for that field; other keys get the field's label as `{field}` besides their own parameters.
 */
export function fieldMessage(path: string, key: string, locale: Locale, params: Params = {}): string {
  const field = fieldOfPath(path);
  const words = Object.hasOwn(NAMING, key) ? (NAMING[key]?.(field) ?? key) : key;
  return translate(words, locale, { ...labelParams(field, locale), ...params });
}
