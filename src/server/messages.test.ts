import { describe, expect, it } from 'vitest';
import './app';
import { LOCALES, registeredMessages } from './platform/messages';

// The app imports every module's public entry, and each entry registers its module's messages: what is
// registered here is what the running server can say.
// `{Field}` is `{field}` starting a sentence; `{characters}` and `{items}` are English plurals Chinese needs not.
const ENGLISH_ONLY = new Set(['characters', 'items']);
const placeholders = (text: string) => [
  ...new Set(
    [...text.matchAll(/\{(\w+)\}/g)]
      .map((m) => (m[1] ?? '').toLowerCase())
      .filter((name) => !ENGLISH_ONLY.has(name))
      .sort(),
  ),
];

describe('the server messages', () => {
  it('hold the platform’s and the modules’ tables', () => {
    const keys = registeredMessages();
    for (const key of [
      'validation_failed',
      'ticket_not_found',
      'place_not_found',
      'rule_taken',
      'api_key_invalid',
    ]) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it('speak every key in both languages, with the same placeholders', () => {
    const broken: string[] = [];
    for (const [key, words] of registeredMessages()) {
      const texts = LOCALES.map((locale) => words[locale]);
      if (texts.some((text) => typeof text !== 'string' || text.trim() === '')) {
        broken.push(`${key}: a language is missing`);
        continue;
      }
      const [first, ...rest] = texts.map((text) => placeholders(text ?? '').join(','));
      if (rest.some((p) => p !== first)) {
        broken.push(`${key}: placeholders differ`);
      }
    }
    expect(broken).toEqual([]);
  });
});
