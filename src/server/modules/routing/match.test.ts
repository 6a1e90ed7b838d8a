import { describe, expect, it } from 'vitest';
import { categoryLine, rankRules } from './match';

// A district d, its street s, two communities c1 and c2 of the street; categories city (市容环境) with its
// subcategory city.garbage (垃圾清运), and property (物业管理).
const D = 'd';
const S = 'd.s';
const C1 = 'd.s.c1';
const C2 = 'd.s.c2';
const BUILDING = 'd.s.c1.k.g.b';
const parents = new Map<string, string | null>([
  ['city', null],
  ['garbage', 'city'],
  ['property', null],
]);
const ticket = (placePath: string, category: string | null) => ({
  placePath,
  categoryLine: categoryLine(category, parents),
});
const rule = (name: string, placePath: string, categoryId: string) => ({ name, placePath, categoryId });
const names = (rules: { name: string }[]) => rules.map((r) => r.name);

describe('the routing catalogue’s matching', () => {
  const rules = [
    rule('district city', D, 'city'),
    rule('street city', S, 'city'),
    rule('street garbage', S, 'garbage'),
    rule('community city', C1, 'city'),
    rule('other community garbage', C2, 'garbage'),
    rule('street property', S, 'property'),
  ];

  it('prefers the deepest place on the ticket’s path, then its own category over the one above', () => {
    expect(names(rankRules(rules, ticket(BUILDING, 'garbage')))).toEqual([
      'community city',
      'street garbage',
      'street city',
      'district city',
    ]);
  });

  it('lets a street’s rule cover a community without a rule of its own', () => {
    expect(names(rankRules(rules, ticket('d.s.c3', 'garbage')))[0]).toBe('street garbage');
    expect(names(rankRules(rules, ticket(C1, 'property')))).toEqual(['street property']);
  });

  it('never applies a rule of another branch, a place below the ticket or another category', () => {
    const ranked = names(rankRules(rules, ticket(C1, 'garbage')));
    expect(ranked).not.toContain('other community garbage');
    expect(names(rankRules(rules, ticket(S, 'garbage')))).toEqual([
      'street garbage',
      'street city',
      'district city',
    ]);
    expect(rankRules(rules, ticket('x.y', 'garbage'))).toEqual([]);
  });

  it('finds nothing for a ticket without a category', () => {
    expect(rankRules(rules, ticket(C1, null))).toEqual([]);
  });

  it('does not take a path that merely starts like the rule’s for one below it', () => {
    expect(rankRules([rule('s', 'd.s', 'city')], ticket('d.s2.c', 'city'))).toEqual([]);
  });
});

describe('a category’s line', () => {
  it('runs from the category up to the top, and stops on a loop', () => {
    expect(categoryLine('garbage', parents)).toEqual(['garbage', 'city']);
    expect(
      categoryLine(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
    ).toEqual(['a', 'b']);
    expect(categoryLine(null, parents)).toEqual([]);
  });
});
