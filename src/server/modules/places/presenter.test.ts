import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import { type Actor, PUBLIC_ACTOR } from '../../platform/context';
import { placeActions } from './presenter';

// The street "d.s" with communities below it; "d.t" is another street.
const actor = (roles: Role[], placePath: string | null, kind: Actor['kind'] = 'staff'): Actor => ({
  ...PUBLIC_ACTOR,
  kind,
  accountId: '00000000-0000-0000-0000-000000000001',
  roles,
  placePath,
});
const row = (path: string, level: string, childCount = 1) => ({ path, level, childCount });

describe('placeActions: what the console may offer on a place', () => {
  const street = actor(['street_admin'], 'd.s');

  it('offers update and move strictly below the office, delete only on a leaf', () => {
    expect(placeActions(street, row('d.s.c', 'community', 3))).toEqual(['update', 'move', 'create_child']);
    expect(placeActions(street, row('d.s.c.x.g.b', 'building', 0))).toEqual(['update', 'move', 'delete']);
  });

  it("offers only create_child on the office's own node", () => {
    expect(placeActions(street, row('d.s', 'street'))).toEqual(['create_child']);
  });

  it('offers nothing above or beside the office', () => {
    expect(placeActions(street, row('d', 'district'))).toEqual([]);
    expect(placeActions(street, row('d.t.c', 'community', 0))).toEqual([]);
  });

  it('never offers create_child on a building', () => {
    expect(placeActions(street, row('d.s.c.x.g.b', 'building', 0))).not.toContain('create_child');
  });

  it('offers nothing to roles without place.write', () => {
    for (const roles of [['leader'], ['handler'], ['grid_worker'], ['auditor'], ['secadmin']] as Role[][]) {
      expect(placeActions(actor(roles, 'd.s'), row('d.s.c', 'community', 0)), roles[0]).toEqual([]);
    }
    expect(placeActions(actor(['resident'], 'd.s.c.x.g.b', 'resident'), row('d.s.c', 'community'))).toEqual(
      [],
    );
  });

  it('lets the whole-tree administrator do everything anywhere', () => {
    const admin = actor(['sysadmin'], '');
    expect(placeActions(admin, row('d.s', 'street', 0))).toEqual([
      'update',
      'move',
      'delete',
      'create_child',
    ]);
  });

  it('never offers to move a district (there is no level above it)', () => {
    const admin = actor(['sysadmin'], '');
    expect(placeActions(admin, row('d', 'district', 0))).toEqual(['update', 'delete', 'create_child']);
  });
});
