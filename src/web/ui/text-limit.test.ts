import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../shared/limits';
import en from '../i18n/en-US/common.json';
import zh from '../i18n/zh-CN/common.json';
import { counted, limitRule } from './text-limit';

beforeAll(async () => {
  await i18n.init({
    resources: { 'zh-CN': { common: zh }, 'en-US': { common: en } },
    lng: 'zh-CN',
    defaultNS: 'common',
  });
});

const check = (value: unknown, label?: string) =>
  limitRule(TEXT_LIMITS.ticketTitle, label).validator(null, value);

describe('limitRule', () => {
  it('says by how much a text is over, in the form’s language', async () => {
    await i18n.changeLanguage('zh-CN');
    await expect(check('灯'.repeat(5000), '标题')).rejects.toThrow('标题最多 100 个字，已超出 4900 个字');
    await expect(check('灯'.repeat(101))).rejects.toThrow(/^最多 100 个字，已超出 1 个字$/);
    await i18n.changeLanguage('en-US');
    await expect(check('x'.repeat(5000), 'Title')).rejects.toThrow(
      'Title can be at most 100 characters — 4,900 over',
    );
  });

  it('counts as the server does: trimmed, so spaces around a full title pass', async () => {
    await expect(check(`  ${'x'.repeat(100)}\n`)).resolves.toBeUndefined();
    await expect(check(undefined)).resolves.toBeUndefined();
    expect(counted(TEXT_LIMITS.ticketTitle).count.strategy(' ab ')).toBe(2);
  });

  it('holds the minimum when the limit has one, leaving an empty field to `required`', async () => {
    await i18n.changeLanguage('zh-CN');
    await expect(check('灯', '标题')).rejects.toThrow('标题至少 2 个字');
    await expect(check('')).resolves.toBeUndefined();
  });
});
