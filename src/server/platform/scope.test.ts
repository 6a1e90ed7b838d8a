import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { childLevel, PLACE_LEVELS } from '../../shared/roles';
import { type Actor, PUBLIC_ACTOR, SYSTEM_ACTOR, scopeOf } from './context';
import { ancestorLabels, childPath, depthOf, idOfLabel, isBelow, isWithin, labelOf } from './scope';

// A small tree built the way the service builds it: district → street → community, and a sibling street.
const ids = { district: randomUUID(), street: randomUUID(), community: randomUUID(), other: randomUUID() };
const district = childPath(null, ids.district);
const street = childPath(district, ids.street);
const community = childPath(street, ids.community);
const otherStreet = childPath(district, ids.other);

describe('place paths', () => {
  it('uses the node id without hyphens as the label, one label per level', () => {
    expect(labelOf(ids.street)).toBe(ids.street.replaceAll('-', ''));
    expect(labelOf(ids.street)).toMatch(/^[0-9a-f]{32}$/);
    expect(district).toBe(labelOf(ids.district));
    expect(community).toBe(`${district}.${labelOf(ids.street)}.${labelOf(ids.community)}`);
  });

  it('counts depth from the district; the empty path has none', () => {
    expect(depthOf(district)).toBe(1);
    expect(depthOf(community)).toBe(3);
    expect(depthOf('')).toBe(0);
  });

  it('lists ancestors top down without the node itself', () => {
    expect(ancestorLabels(community)).toEqual([labelOf(ids.district), labelOf(ids.street)]);
    expect(ancestorLabels(district)).toEqual([]);
    expect(ancestorLabels(community).map(idOfLabel)).toEqual([ids.district, ids.street]);
  });
});

describe('isWithin (本级及以下)', () => {
  it('contains the node itself and everything below it', () => {
    expect(isWithin(street, street)).toBe(true);
    expect(isWithin(community, street)).toBe(true);
    expect(isWithin(community, district)).toBe(true);
  });

  it('does not contain ancestors or siblings', () => {
    expect(isWithin(district, street)).toBe(false);
    expect(isWithin(otherStreet, street)).toBe(false);
    expect(isWithin(community, otherStreet)).toBe(false);
  });

  it('compares whole labels, not string prefixes', () => {
    expect(isWithin('ab.cd', 'ab.c')).toBe(false);
    expect(isWithin('abc', 'ab')).toBe(false);
    expect(isWithin('ab.c', 'ab')).toBe(true);
  });

  it("treats '*' as the whole tree and '' as nothing", () => {
    expect(isWithin(community, '*')).toBe(true);
    expect(isWithin('', '*')).toBe(true);
    expect(isWithin(null, '*')).toBe(true);
    expect(isWithin(community, '')).toBe(false);
    expect(isWithin('', '')).toBe(false);
  });

  it('never contains a missing or empty path in a scoped subtree (whole-tree accounts stay hidden)', () => {
    expect(isWithin(null, street)).toBe(false);
    expect(isWithin('', street)).toBe(false);
  });
});

describe('isBelow (what an office may edit)', () => {
  it('is strictly below: an office cannot edit its own node', () => {
    expect(isBelow(community, street)).toBe(true);
    expect(isBelow(street, street)).toBe(false);
    expect(isBelow(district, street)).toBe(false);
    expect(isBelow(otherStreet, street)).toBe(false);
  });

  it("lets the whole tree edit anything and '' nothing", () => {
    expect(isBelow(district, '*')).toBe(true);
    expect(isBelow(community, '')).toBe(false);
  });
});

describe('level order', () => {
  it('runs district → street → community → compound → grid → building', () => {
    expect(PLACE_LEVELS).toEqual(['district', 'street', 'community', 'compound', 'grid', 'building']);
    const chain = [];
    for (let level: (typeof PLACE_LEVELS)[number] | null = 'district'; level; level = childLevel(level)) {
      chain.push(level);
    }
    expect(chain).toEqual([...PLACE_LEVELS]);
    expect(childLevel('building')).toBeNull();
  });
});

describe('scopeOf', () => {
  const staff = (placePath: string | null): Actor => ({
    ...PUBLIC_ACTOR,
    kind: 'staff',
    accountId: randomUUID(),
    roles: ['community_staff'],
    placePath,
  });

  it('is the stored place path of a staff account', () => {
    expect(scopeOf(staff(community))).toBe(community);
  });

  it('is the whole tree for staff without a place and for trusted code', () => {
    expect(scopeOf(staff(''))).toBe('*');
    expect(scopeOf(staff(null))).toBe('*');
    expect(scopeOf(SYSTEM_ACTOR)).toBe('*');
  });

  it('is nothing for residents and the public, whatever place they carry', () => {
    expect(scopeOf(PUBLIC_ACTOR)).toBe('');
    expect(scopeOf({ ...staff(community), kind: 'resident', roles: ['resident'] })).toBe('');
  });
});
