import { describe, expect, it } from 'vitest';
import { pickLocale, registerMessages, translate } from './messages';

describe('registerMessages', () => {
  it('registers a table whose keys the edge then translates, placeholders filled', () => {
    const say = registerMessages({
      test_greeting: { 'zh-CN': '你好，{name}', 'en-US': 'Hello, {name}' },
    });
    expect(say('test_greeting', 'en-US', { name: 'Li' })).toBe('Hello, Li');
    expect(translate('test_greeting', 'zh-CN', { name: '李' })).toBe('你好，李');
  });

  it('refuses a key another table already holds', () => {
    registerMessages({ test_taken: { 'zh-CN': '甲', 'en-US': 'A' } });
    expect(() => registerMessages({ test_taken: { 'zh-CN': '乙', 'en-US': 'B' } })).toThrow(/test_taken/);
  });

  it('lets text that is no key through as it is', () => {
    expect(translate('总之不是键', 'en-US')).toBe('总之不是键');
  });
});

describe('pickLocale', () => {
  it('takes the first language it speaks, Chinese otherwise', () => {
    expect(pickLocale('fr-FR, en;q=0.8, zh;q=0.5')).toBe('en-US');
    expect(pickLocale('de')).toBe('zh-CN');
    expect(pickLocale(undefined)).toBe('zh-CN');
  });
});
