import { DESK_ROLES, declarePermissions, OFFICE_ROLES } from '../../platform/permissions';

/**
 * What the routes of campaigns need, and which roles hold it: every desk reads the drives of its area (and the
 * drives above it that it tallies for); the offices run them; the field staff of a place — grid workers and the
 * offices themselves — enter its daily tallies (docs/campaigns.md).
 */
export const campaignPermissions = declarePermissions({
  'campaign.read': [...DESK_ROLES],
  'campaign.write': [...OFFICE_ROLES],
  'campaign.tally': ['grid_worker', ...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof campaignPermissions, true> {}
}
