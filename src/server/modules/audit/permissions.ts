import { declarePermissions } from '../../platform/permissions';

/** What the routes of the audit trail need, and which roles hold it. */
export const auditPermissions = declarePermissions({
  // 三员分立: the auditor alone reads the trail; the system administrator does not.
  'audit.read': ['auditor'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof auditPermissions, true> {}
}
