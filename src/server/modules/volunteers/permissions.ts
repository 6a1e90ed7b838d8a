import { declarePermissions, FIELD_ROLES, OFFICE_ROLES } from '../../platform/permissions';

/**
 * What the routes of volunteers and teams need, and which roles hold it. A team leader is a volunteer: the
 * review routes are open to volunteers, and the service lets only the team's own leader (or an office over the
 * team) decide — the leader is a relation to the team, not a role.
 */
export const volunteerPermissions = declarePermissions({
  'team.read': [...FIELD_ROLES],
  'team.write': [...OFFICE_ROLES],
  // Residents apply; a volunteer may apply to another team; both read and leave their own.
  'volunteer.apply': ['resident', 'volunteer'],
  'volunteer.review': ['volunteer', ...OFFICE_ROLES],
  // Profiles with their real-name data (ID number masked; its reveal is audited).
  'volunteer.read': [...OFFICE_ROLES],
  // Matching an order or a wish with volunteers: an office over it, or (decided per ticket) its team's leader.
  'volunteer.match': ['volunteer', ...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof volunteerPermissions, true> {}
}
