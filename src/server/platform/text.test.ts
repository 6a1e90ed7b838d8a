import { describe, expect, it } from 'vitest';
import { cjkGrams, lexemes, queryLiteral, vectorLiteral, words } from './text';

describe('Chinese tokens', () => {
  it('cuts words with jieba and keeps the ones people search for', () => {
    const w = words('小区停车难，电动车乱停放');
    expect(w).toContain('停车');
    expect(w).toContain('电动车');
    expect(w).not.toContain('，');
  });

  it('adds characters and bigrams of every CJK run for recall', () => {
    expect(cjkGrams('停车难')).toEqual(['停', '车', '难', '停车', '车难']);
    expect(cjkGrams('abc 12')).toEqual([]);
  });

  it('lower-cases latin words and drops duplicates', () => {
    const l = lexemes('APP 反诈APP');
    expect(l).toContain('app');
    expect(l.filter((x) => x === 'app')).toHaveLength(1);
  });
});

describe('tsvector and tsquery literals', () => {
  it('keeps the strongest weight of a lexeme', () => {
    const v = vectorLiteral([
      { text: '路灯', weight: 'B' },
      { text: '路灯不亮', weight: 'A' },
    ]);
    expect(v).toContain("'路灯':1A");
    expect(v).not.toContain("'路灯':1B");
  });

  it('splits on quotes and backslashes, so no input can break out of a literal', () => {
    expect(vectorLiteral([{ text: "it's a\\b", weight: 'A' }])).toBe("'it':1A 's':1A 'a':1A 'b':1A");
    expect(queryLiteral("o'neil\\x")).toBe("'o':* & 'neil':* & 'x':*");
  });

  it('asks every bigram of a Chinese run and every other word as a prefix', () => {
    expect(queryLiteral('停车难 app')).toBe("'停车' & '车难' & 'app':*");
    expect(queryLiteral('水')).toBe("'水'");
    expect(queryLiteral('，。！')).toBeNull();
  });
});
