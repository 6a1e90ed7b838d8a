import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language';

describe('the first language', () => {
  it("follows the browser's preference until the person chooses", () => {
    expect(pickLanguage(null, ['en-GB', 'zh-CN'])).toBe('en-US');
    expect(pickLanguage(null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, ['fr-FR', 'de'])).toBe('zh-CN');
    expect(pickLanguage(null, [])).toBe('zh-CN');
    expect(pickLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLanguage('en-US', ['zh-CN'])).toBe('en-US');
  });
});
