import { declarePermissions, FIELD_ROLES, OFFICE_ROLES, OVERSIGHT_ROLES } from '../../platform/permissions';

/** What the routes of the service menu and the service hours ledger need, and which roles hold it. */
export const servicePermissions = declarePermissions({
  // The menu is what residents order from; volunteers and offices read it too.
  'service_offering.read': ['resident', ...FIELD_ROLES],
  // Community and street offices keep the menu of their area (梳理我们有什么).
  'service_offering.write': [...OFFICE_ROLES],
  // A volunteer reads their own hours; offices those served in their area (decided per row).
  'service_hour.read': [...FIELD_ROLES],
  // The organiser confirms or reverses: the office of the area where the service was given.
  'service_hour.confirm': [...OFFICE_ROLES],
  // Who accepts and dispatches service orders at a place: read by those who oversee it, set by its office.
  'service_flow.read': [...OVERSIGHT_ROLES],
  'service_flow.write': [...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof servicePermissions, true> {}
}
