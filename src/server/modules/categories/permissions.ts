import { declarePermissions } from '../../platform/permissions';

/** What the routes of the category taxonomy need, and which roles hold it. */
export const categoryPermissions = declarePermissions({
  'category.write': ['sysadmin'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof categoryPermissions, true> {}
}
