import { describe, expect, it } from 'vitest';
import { furthestEnd, spell, tokens } from './pinyin';

const finds = (text: string, typed: string) => furthestEnd(spell(text), typed) >= 0;

describe('place names by what a resident types', () => {
  it('finds a name by its characters, its pinyin, its initials and a mix', () => {
    for (const typed of [
      '府东',
      '花园',
      'fudong',
      'fdhy',
      'fudonghuayuan',
      'fudonghuay',
      'fdhuay',
      'dhy',
      '府东hy',
    ]) {
      expect(finds('府东花园', typed), typed).toBe(true);
    }
    for (const typed of ['fx', 'fudongx', 'hyfd', '府西', 'fudonghuayuanx']) {
      expect(finds('府东花园', typed), typed).toBe(false);
    }
  });

  it('takes every reading of a polyphone, since a name is read as its residents read it', () => {
    expect(finds('长安蒋湾社区', 'cajw')).toBe(true);
    expect(finds('长安蒋湾社区', 'zhanganjiangwan')).toBe(true);
    expect(finds('都市花园社区', 'dushi')).toBe(true);
    expect(finds('都市花园社区', 'doushi')).toBe(true);
    expect(finds('重庆路', 'cql')).toBe(true);
    expect(finds('重庆路', 'zql')).toBe(true);
  });

  it('types zh, ch and sh as one letter or two, and ü as v or u', () => {
    expect(finds('长安', 'cha')).toBe(true);
    expect(finds('长安', 'zha')).toBe(true);
    expect(finds('时代领峯', 'shdlf')).toBe(true);
    expect(finds('绿园', 'lvyuan')).toBe(true);
    expect(finds('绿园', 'luyuan')).toBe(true);
  });

  it('finds digits and Latin letters as they are, whatever the case', () => {
    expect(finds('12栋', '12')).toBe(true);
    expect(finds('A区', 'a')).toBe(true);
    expect(finds('12栋', '13')).toBe(false);
  });

  it('says how far a match reaches, so a path can tell a compound from its buildings', () => {
    // 府东花园 (4 characters) then 2栋: fdhy ends inside the compound, fdhy2 inside the building.
    const path = spell('府东花园2栋');
    expect(furthestEnd(path, 'fdhy')).toBe(4);
    expect(furthestEnd(path, 'fdhy2')).toBe(5);
    expect(furthestEnd(path, '2d')).toBe(6);
  });

  it('stays fast on a long run of look-alike syllables', () => {
    const started = performance.now();
    expect(furthestEnd(spell('长'.repeat(40)), 'ch'.repeat(24).concat('x'))).toBe(-1);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('splits what was typed into words at spaces and commas', () => {
    expect(tokens(' FDHY  2栋，东 ')).toEqual(['fdhy', '2栋', '东']);
  });
});
