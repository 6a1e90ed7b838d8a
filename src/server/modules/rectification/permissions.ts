import { declarePermissions, OFFICE_ROLES, OVERSIGHT_ROLES } from '../../platform/permissions';

/**
 * What the routes of rectification need, and which roles hold it: the offices keep their lists — problems,
 * measures, evidence, the check (验收) and the closing (销号); leaders and supervisors read them
 * (docs/rectification.md).
 */
export const rectificationPermissions = declarePermissions({
  'rectification.read': [...OVERSIGHT_ROLES],
  'rectification.write': [...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof rectificationPermissions, true> {}
}
