import { declarePermissions, OFFICE_ROLES, OVERSIGHT_ROLES } from '../../platform/permissions';

/**
 * What the routes of volunteer figures, party members' monthly reports and the honour roll need. Figures are
 * read like the three rates (offices, leaders, supervisors over their subtree); the monthly report names party
 * members, so only the offices of their communities read it; the offices publish and take down honour rolls.
 * The published rolls are public.
 */
export const volunteerFigurePermissions = declarePermissions({
  'volunteer_figures.read': [...OVERSIGHT_ROLES],
  'party_report.read': [...OFFICE_ROLES],
  'honour_roll.manage': [...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof volunteerFigurePermissions, true> {}
}
