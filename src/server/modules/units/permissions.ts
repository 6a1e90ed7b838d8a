import { declarePermissions, FIELD_ROLES, OFFICE_ROLES } from '../../platform/permissions';

/** What the routes of responsible units need, and which roles hold it. */
export const unitPermissions = declarePermissions({
  'unit.read': [...FIELD_ROLES, 'sysadmin'],
  'unit.write': [...OFFICE_ROLES, 'sysadmin'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof unitPermissions, true> {}
}
