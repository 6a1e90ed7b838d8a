import { DESK_ROLES, declarePermissions } from '../../platform/permissions';

/** What the routes of the deadline rules and the work calendar need, and which roles hold it. */
export const deadlinePermissions = declarePermissions({
  // The desks read the limits they work under; only the system administrator changes them.
  'config.read': [...DESK_ROLES, 'sysadmin'],
  'config.write': ['sysadmin'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof deadlinePermissions, true> {}
}
