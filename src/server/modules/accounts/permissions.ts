import { declarePermissions, OFFICE_ROLES } from '../../platform/permissions';

/** What the routes of staff accounts need, and which roles hold it. */
export const accountPermissions = declarePermissions({
  'account.read': [...OFFICE_ROLES, 'leader', 'sysadmin'],
  'account.write': ['sysadmin'],
  // Seeing a personal number unmasked (audited).
  'account.reveal': [...OFFICE_ROLES, 'sysadmin'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof accountPermissions, true> {}
}
