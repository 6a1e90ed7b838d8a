import type { Role } from '../../shared/roles';

/**
 * Role → permission: the one table every route reads (STYLE.md "rules as data").
 * Rows are further limited to the caller's place subtree by the query and by row-level security.
 * 三员分立: sysadmin runs accounts and configuration but holds no audit permission; the auditor holds only
 * `audit.read`; the security administrator only the security policy.
 */
export const PERMISSIONS = [
  'place.read',
  'place.write',
  'unit.read',
  'unit.write',
  'station.read',
  'station.write',
  'account.read',
  'account.write',
  'account.reveal',
  'open311.write',
  'audit.read',
  'security.read',
  'security.write',
  'ticket.create',
  'ticket.read',
  'ticket.export',
  'category.write',
  'stats.read',
  'config.read',
  'config.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const OFFICE_READ: Permission[] = ['place.read', 'unit.read', 'station.read', 'ticket.read'];
// Office desks export their lists to Excel and read the deadline rules and work calendar; volunteers and
// residents do not.
const DESK: Permission[] = [...OFFICE_READ, 'ticket.export', 'config.read'];
// The three rates and indicators (stats module): offices, leaders and supervisors, over their own subtree.
const STATS: Permission[] = ['stats.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  resident: ['ticket.read', 'ticket.create'],
  volunteer: [...OFFICE_READ],
  grid_worker: [...DESK, 'ticket.create'],
  handler: [...DESK],
  community_staff: [
    ...DESK,
    ...STATS,
    'ticket.create',
    'place.write',
    'unit.write',
    'station.write',
    'account.read',
    'account.reveal',
  ],
  street_admin: [
    ...DESK,
    ...STATS,
    'ticket.create',
    'place.write',
    'unit.write',
    'station.write',
    'account.read',
    'account.reveal',
  ],
  leader: [...DESK, ...STATS, 'account.read'],
  supervisor: [...DESK, ...STATS],
  sysadmin: [
    'place.read',
    'unit.read',
    'station.read',
    'category.write',
    'config.read',
    'config.write',
    'place.write',
    'unit.write',
    'station.write',
    'account.read',
    'account.write',
    'account.reveal',
    'open311.write',
    'security.read',
  ],
  secadmin: ['security.read', 'security.write'],
  auditor: ['audit.read'],
};

/** Roles that serve the whole tree and must not be combined on one account (三员分立). */
export const SEPARATED_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r]?.includes(permission));
}

/**
 * What a route needs: `public` (anyone), `optional` (anyone; a session changes what is visible),
 * `signed_in` (any account, even one that must first change its password), `active` (any account that
 * passed every sign-in requirement), or a permission.
 */
export type RouteAuth = 'public' | 'optional' | 'signed_in' | 'active' | Permission;
