import { declarePermissions, OVERSIGHT_ROLES } from '../../platform/permissions';

/** What the routes of the three rates and indicators, over the caller's own subtree need, and which roles hold it. */
export const statsPermissions = declarePermissions({
  'stats.read': [...OVERSIGHT_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof statsPermissions, true> {}
}
