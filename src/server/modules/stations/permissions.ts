import { declarePermissions, FIELD_ROLES, OFFICE_ROLES } from '../../platform/permissions';

/**
 * What the routes of stations need, and which roles hold it: the desks and volunteers read stations, rooms and
 * bookings; the offices run their stations and rooms and book rooms (they organise the activities); residents
 * see the stations of their own place chain and never book (docs/stations.md).
 */
export const stationPermissions = declarePermissions({
  'station.read': [...FIELD_ROLES, 'sysadmin'],
  'station.write': [...OFFICE_ROLES, 'sysadmin'],
  'station.book': [...OFFICE_ROLES],
  'station.nearby': ['resident'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof stationPermissions, true> {}
}
