import { declarePermissions, FIELD_ROLES, OFFICE_ROLES, OVERSIGHT_ROLES } from '../../platform/permissions';

/**
 * What the routes of selection need, and which roles hold it: the offices run selection rounds (民生实事票决) and
 * record monthly reviews (一月一调度); leaders and supervisors read them. `selection.vote` lets an account reach
 * the ballot routes at all — whether it may vote in a round is decided per round by its registration as a voter
 * (deputies and residents' representatives, staff or resident accounts alike). docs/selection.md.
 */
export const selectionPermissions = declarePermissions({
  'selection.read': [...OVERSIGHT_ROLES],
  'selection.write': [...OFFICE_ROLES],
  'selection.vote': ['resident', ...FIELD_ROLES],
  'review.read': [...OVERSIGHT_ROLES],
  'review.write': [...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof selectionPermissions, true> {}
}
