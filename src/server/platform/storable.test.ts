import { describe, expect, it } from 'vitest';
import { isStorableText, replaceUnstorable, unstorablePaths } from './storable';

describe('storable text', () => {
  it('takes what people type: Chinese, emoji (surrogate pairs), tabs and line breaks, RTL marks', () => {
    expect(isStorableText('3栋门口路灯不亮')).toBe(true);
    expect(isStorableText('好👍🏽')).toBe(true);
    expect(isStorableText('第一行\r\n第二行\t缩进')).toBe(true);
    expect(isStorableText('abc\u202edef')).toBe(true);
    expect(isStorableText('')).toBe(true);
  });

  it('refuses NUL, the other C0 controls and lone surrogates wherever they are', () => {
    expect(isStorableText('张\u0000三')).toBe(false);
    expect(isStorableText('\u0000')).toBe(false);
    expect(isStorableText('a\u0001')).toBe(false);
    expect(isStorableText('a\u001b[31m')).toBe(false);
    expect(isStorableText('a\u000bb')).toBe(false);
    expect(isStorableText('\ud800')).toBe(false);
    expect(isStorableText('a\ud800b')).toBe(false);
    expect(isStorableText('a\udc00')).toBe(false);
    // A low surrogate before its high one is two lone halves, not a pair.
    expect(isStorableText('\udc00\ud800')).toBe(false);
  });

  it('replaces each refused character by U+FFFD and keeps pairs whole', () => {
    expect(replaceUnstorable('a\u0000b\ud800c👍')).toBe('a\ufffdb\ufffdc👍');
    expect(replaceUnstorable('\ud83d')).toBe('\ufffd');
  });
});

describe('unstorablePaths', () => {
  it('names every bad string and key at any depth, context first', () => {
    const body = {
      title: 'ok',
      displayName: 'x\u0000',
      rows: [{ name: 'fine' }, { name: '\ud800' }],
      'bad\u0000key': 1,
    };
    expect(unstorablePaths(body, 'body')).toEqual([
      'body.bad\ufffdkey',
      'body.displayName',
      'body.rows.1.name',
    ]);
    expect(unstorablePaths('\u0000', 'body')).toEqual(['body']);
    expect(unstorablePaths({ a: 1, b: null, c: true }, 'query')).toEqual([]);
    expect(unstorablePaths(undefined, 'body')).toEqual([]);
  });

  it('walks a body nested far deeper than the call stack allows', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) {
      deep = [deep];
    }
    expect(unstorablePaths(deep, 'body')).toHaveLength(1);
  });

  it('stops at twenty fields and skips raw bytes', () => {
    expect(unstorablePaths(Array(1000).fill('\u0000'), 'body')).toHaveLength(20);
    expect(unstorablePaths(Buffer.from([0, 0, 0]), 'body')).toEqual([]);
  });
});
