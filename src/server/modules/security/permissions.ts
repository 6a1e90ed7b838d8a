import { declarePermissions } from '../../platform/permissions';

/** What the routes of the security policy need, and which roles hold it. */
export const securityPermissions = declarePermissions({
  'security.read': ['sysadmin', 'secadmin'],
  'security.write': ['secadmin'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof securityPermissions, true> {}
}
