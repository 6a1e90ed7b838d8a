import { declarePermissions, FIELD_ROLES, OFFICE_ROLES } from '../../platform/permissions';

/** What the routes of the place tree need, and which roles hold it. */
export const placePermissions = declarePermissions({
  'place.read': [...FIELD_ROLES, 'sysadmin'],
  'place.write': [...OFFICE_ROLES, 'sysadmin'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof placePermissions, true> {}
}
