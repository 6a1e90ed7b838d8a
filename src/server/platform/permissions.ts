import { ROLES, type Role } from '../../shared/roles';

/**
 * Permissions are declared by the modules that need them (`modules/<m>/permissions.ts`: each name and the roles
 * holding it) and collected once at start (`src/server/permissions.ts`, the module list) into one table that
 * every route reads (STYLE.md "rules as data"). Rows are further limited to the caller's place subtree by the
 * query and by row-level security.
 *
 * The names: each module adds its own here, from its declaration (declaration merging), so `Permission` is the
 * exact union of what the modules declare and a route naming anything else does not compile.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each module's permissions.ts through declaration merging
export interface PermissionRegistry {}
export type Permission = keyof PermissionRegistry & string;

/** One module's permissions: each name → the roles that hold it. */
export type Grants<P extends string = string> = Readonly<Record<P, readonly Role[]>>;

/** A module's declaration; `const` keeps the names as literals for `PermissionRegistry`. */
export function declarePermissions<const P extends string>(grants: Record<P, readonly Role[]>): Grants<P> {
  return grants;
}

// Groups of roles the modules' declarations share, so that "the office desks" means the same everywhere.
/** Everyone at a desk in the place tree: they read lists, export them and read the rules they work under. */
export const DESK_ROLES = [
  'grid_worker',
  'handler',
  'community_staff',
  'street_admin',
  'leader',
  'supervisor',
] as const satisfies readonly Role[];
/** The desks plus volunteers, who see the places, units and stations they serve. */
export const FIELD_ROLES = ['volunteer', ...DESK_ROLES] as const satisfies readonly Role[];
/** Community and street offices: they run their subtree. */
export const OFFICE_ROLES = ['community_staff', 'street_admin'] as const satisfies readonly Role[];
/** Who reads the three rates and indicators of their own subtree: offices, leaders, supervisors. */
export const OVERSIGHT_ROLES = [...OFFICE_ROLES, 'leader', 'supervisor'] as const satisfies readonly Role[];

/**
 * Roles that serve the whole tree and must not be combined on one account (三员分立): sysadmin runs accounts and
 * configuration but holds no audit permission; the auditor holds only `audit.read`; the security
 * administrator only the security policy.
 */
export const SEPARATED_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

/** Whether one of `roles` holds `permission` by a module's own declaration (for a module's own checks). */
export function isGranted<P extends string>(
  grants: Grants<P>,
  roles: readonly Role[],
  permission: P,
): boolean {
  return grants[permission].some((r) => roles.includes(r));
}

/** The collected table: every permission, each role's, and the checks the routes make. */
export type PermissionTable = {
  names: readonly Permission[];
  byRole: Readonly<Record<Role, readonly Permission[]>>;
  can(roles: readonly Role[], permission: Permission): boolean;
  permissionsOf(roles: readonly Role[]): Set<Permission>;
};

/**
 * Collects the modules' declarations (module name → grants). Throws when two modules declare the same name:
 * one permission, one owner, or a widening in one module would silently widen the other's routes.
 */
export function collectPermissions(modules: Readonly<Record<string, Grants>>): PermissionTable {
  const owner = new Map<string, string>();
  const holders = new Map<Permission, readonly Role[]>();
  for (const [module, grants] of Object.entries(modules)) {
    for (const [name, roles] of Object.entries(grants)) {
      const first = owner.get(name);
      if (first !== undefined) {
        throw new Error(`permission ${name} is declared by both ${first} and ${module}`);
      }
      owner.set(name, module);
      holders.set(name as Permission, roles);
    }
  }
  const names = [...holders.keys()];
  const byRole = {} as Record<Role, readonly Permission[]>;
  for (const role of ROLES) {
    byRole[role] = names.filter((p) => holders.get(p)?.includes(role));
  }
  return {
    names,
    byRole,
    can: (roles, permission) => roles.some((r) => byRole[r]?.includes(permission)),
    permissionsOf: (roles) => new Set(roles.flatMap((r) => byRole[r] ?? [])),
  };
}

/**
 * What a route needs: `public` (anyone), `optional` (anyone; a session changes what is visible),
 * `signed_in` (any account, even one that must first change its password), `active` (any account that
 * passed every sign-in requirement), or a permission.
 */
export type RouteAuth = 'public' | 'optional' | 'signed_in' | 'active' | Permission;
