import { declarePermissions, OFFICE_ROLES } from '../../platform/permissions';

/**
 * What the routes of the routing catalogue need, and which roles hold it. The offices dispatch (派单), so they
 * read it and ask it where a ticket goes; they keep it for their subtree, as they keep its units; the system
 * administrator keeps it as it keeps units, but dispatches nothing.
 */
export const routingPermissions = declarePermissions({
  'routing.read': [...OFFICE_ROLES, 'sysadmin'],
  'routing.write': [...OFFICE_ROLES, 'sysadmin'],
  'routing.dispatch': [...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof routingPermissions, true> {}
}
