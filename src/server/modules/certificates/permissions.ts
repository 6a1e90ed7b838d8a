import { declarePermissions, OFFICE_ROLES } from '../../platform/permissions';

/**
 * What the certificate routes need. Volunteers ask for their own; the office of their area issues anyone's
 * there (the service checks which). Checking a certificate by its number is public.
 */
export const certificatePermissions = declarePermissions({
  'certificate.issue': ['volunteer', ...OFFICE_ROLES],
  // Issuing someone else's record (谁记录谁证明): the office of the volunteer's area, never a fellow volunteer.
  'certificate.issue_any': [...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof certificatePermissions, true> {}
}
