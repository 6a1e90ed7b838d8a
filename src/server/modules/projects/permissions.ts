import { declarePermissions, OFFICE_ROLES, OVERSIGHT_ROLES } from '../../platform/permissions';

/**
 * What the routes of projects need, and which roles hold it: the offices plan, publish and accept projects;
 * oversight (leaders, supervisors) reads them; a lead unit's staff (handlers) read theirs and file progress
 * reports — the service checks the unit on each row (docs/projects.md).
 */
export const projectPermissions = declarePermissions({
  'project.read': [...OVERSIGHT_ROLES, 'handler'],
  'project.write': [...OFFICE_ROLES],
  'project.report': [...OFFICE_ROLES, 'handler'],
  // How strictly projects are coloured is for the street office or the district's leaders, not the community
  // whose own projects are coloured.
  'project.margins': ['street_admin', 'leader'],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof projectPermissions, true> {}
}
