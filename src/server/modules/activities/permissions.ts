import { declarePermissions, FIELD_ROLES, OFFICE_ROLES } from '../../platform/permissions';

/**
 * What the routes of activities need, and which roles hold it: everyone signed in at work or at home reads them
 * and signs themselves up, scans the code to check in and out; the community and street offices run them.
 */
export const activityPermissions = declarePermissions({
  'activity.read': ['resident', ...FIELD_ROLES],
  'activity.join': ['resident', ...FIELD_ROLES],
  'activity.write': [...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof activityPermissions, true> {}
}
