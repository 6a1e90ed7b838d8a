import { declarePermissions, OFFICE_ROLES } from '../../platform/permissions';

/** What the routes of staff accounts need, and which roles hold it. */
export const accountPermissions = declarePermissions({
  'account.read': [...OFFICE_ROLES, 'leader', 'sysadmin'],
  'account.write': ['sysadmin'],
  // Recording a resident's groups (一老一小): the community that serves them.
  'account.groups': [...OFFICE_ROLES],
  // Seeing a personal number unmasked (audited).
  'account.reveal': [...OFFICE_ROLES, 'sysadmin'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof accountPermissions, true> {}
}
