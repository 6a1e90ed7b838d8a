import { declarePermissions } from '../../platform/permissions';

/** What the routes of Open311 API keys need, and which roles hold it. */
export const open311Permissions = declarePermissions({
  'open311.write': ['sysadmin'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof open311Permissions, true> {}
}
