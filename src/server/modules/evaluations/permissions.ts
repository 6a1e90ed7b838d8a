import { declarePermissions, OFFICE_ROLES, OVERSIGHT_ROLES } from '../../platform/permissions';

/**
 * What the routes of evaluations need, and which roles hold it (docs/evaluations.md): oversight and the lead
 * units read the 述议评 and urges of the projects they see; a lead unit's staff (or the office over the project)
 * file its statements and answer its urges — the service checks the unit on each project; leaders score;
 * residents and volunteers comment and vote on published projects; offices moderate comments; street offices
 * and leaders set their district's rubric; supervisors and offices urge.
 */
export const evaluationPermissions = declarePermissions({
  'evaluation.read': [...OVERSIGHT_ROLES, 'handler'],
  'evaluation.state': [...OFFICE_ROLES, 'handler'],
  'evaluation.deliberate': ['resident', 'volunteer'],
  'evaluation.score': ['leader'],
  'evaluation.moderate': [...OFFICE_ROLES],
  // The district's rubric is for the street offices and the leaders who score on it, not for a community whose
  // own projects are scored by it.
  'evaluation.rubric': ['street_admin', 'leader'],
  'project.urge': ['supervisor', ...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof evaluationPermissions, true> {}
}
