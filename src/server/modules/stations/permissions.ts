import { declarePermissions, FIELD_ROLES, OFFICE_ROLES } from '../../platform/permissions';

/** What the routes of stations need, and which roles hold it. */
export const stationPermissions = declarePermissions({
  'station.read': [...FIELD_ROLES, 'sysadmin'],
  'station.write': [...OFFICE_ROLES, 'sysadmin'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof stationPermissions, true> {}
}
