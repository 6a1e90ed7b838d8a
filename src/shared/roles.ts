/** Roles from BRIEF §1. Staff roles sit at a place node; `resident` is the self-registered public. */
export const ROLES = [
  'resident',
  'volunteer',
  'grid_worker',
  'handler',
  'community_staff',
  'street_admin',
  'leader',
  'supervisor',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles a staff account can hold (everything but `resident`). */
export const STAFF_ROLES = ROLES.filter((r) => r !== 'resident') as Exclude<Role, 'resident'>[];

/** The place tree's levels, top down (BRIEF §2). */
export const PLACE_LEVELS = ['district', 'street', 'community', 'compound', 'grid', 'building'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** The level a child of `level` must have, or null for a building (a leaf). */
export function childLevel(level: PlaceLevel): PlaceLevel | null {
  return PLACE_LEVELS[PLACE_LEVELS.indexOf(level) + 1] ?? null;
}

export const UNIT_KINDS = [
  'department',
  'party_org',
  'property_company',
  'volunteer_team',
  'social_org',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Station kinds (BRIEF §4, issue 12): the first four were there before and stay as they are (stored rows use
 * them); the rest name the 新时代文明实践所/点, 党群服务站, 红色驿站, 人大代表之家/联络站 and 市民茶室 of the seeds.
 */
export const STATION_KINDS = [
  'party_service_center',
  'civilization_station',
  'service_desk',
  'activity_room',
  'civilization_institute',
  'civilization_point',
  'party_service_station',
  'red_post',
  'deputies_home',
  'deputies_liaison',
  'tea_house',
] as const;
export type StationKind = (typeof STATION_KINDS)[number];
