import { z } from 'zod';
import { TEXT_LIMITS } from './limits';
import { PLACE_LEVELS, UNIT_KINDS } from './roles';

export const ZPlaceLevel = z.enum(PLACE_LEVELS);
const ZCode = z
  .string()
  .trim()
  .min(1)
  .max(TEXT_LIMITS.code.max)
  .regex(/^[A-Za-z0-9_-]+$/, 'format_code');
const ZName = z.string().trim().min(1).max(TEXT_LIMITS.placeName.max);

/**
 * The box a place covers (WGS84 degrees), for telling whether a reported position lies in it (an Open311 report
 * from outside the jurisdiction is refused). A place without one is covered by its nearest ancestor's.
 */
export const ZBounds = z.object({
  south: z.number().min(-90).max(90),
  west: z.number().min(-180).max(180),
  north: z.number().min(-90).max(90),
  east: z.number().min(-180).max(180),
});
export type Bounds = z.infer<typeof ZBounds>;

/** A node of the place tree (BRIEF §2). */
export const ZPlace = z.object({
  id: z.uuid(),
  code: z.string().describe('Unique code, e.g. the statistical division code or an office-assigned one'),
  name: z.string(),
  level: ZPlaceLevel,
  parentId: z.uuid().nullable().describe('null for a district'),
  sort: z.number().int(),
  bounds: ZBounds.nullable().describe("null: its nearest ancestor's box applies"),
  childCount: z.number().int().describe('Direct children'),
  allowedActions: z.array(z.enum(['update', 'move', 'delete', 'create_child'])),
});
export type Place = z.infer<typeof ZPlace>;

export const ZPlaceListQuery = z.object({
  level: ZPlaceLevel.optional(),
  parentId: z.uuid().optional().describe('Direct children of this node'),
  under: z.uuid().optional().describe('Anywhere in the subtree below this node'),
  q: z.string().trim().max(TEXT_LIMITS.listSearch.max).optional().describe('Name or code contains'),
});

export const ZPlaceCreate = z.object({
  parentId: z.uuid().nullable().describe('null creates a district (whole-tree administrators only)'),
  code: ZCode,
  name: ZName,
  level: ZPlaceLevel.optional().describe("Defaults to the level below the parent's"),
  sort: z.number().int().min(0).max(1_000_000).optional(),
  bounds: ZBounds.nullable().optional(),
});
export const ZPlaceUpdate = z.object({
  code: ZCode.optional(),
  name: ZName.optional(),
  sort: z.number().int().min(0).optional(),
  bounds: ZBounds.nullable().optional().describe('null clears it'),
});
export const ZPlaceMove = z.object({
  parentId: z.uuid().describe('The new parent; must be one level above'),
});

const ZCrumb = z.object({ id: z.uuid(), name: z.string(), level: ZPlaceLevel });

/** A place with its ancestors, for breadcrumbs. */
export const ZPlaceDetail = ZPlace.extend({ ancestors: z.array(ZCrumb) });

/**
 * Finding a place by what a resident types: its name, its pinyin or the initials of its pinyin (府东花园: 府东,
 * fudong, fdhy), a compound and a building together (fdhy 2, 府东花园2栋).
 */
export const ZPlaceSearchQuery = z.object({
  q: z.string().trim().min(1).max(50).describe('Names, pinyin or pinyin initials, words apart by spaces'),
  under: z.uuid().optional().describe('Only inside the subtree of this node (a field worker’s own area)'),
  grids: z
    .enum(['true', 'false'])
    .default('true')
    .describe('false: residents’ view, a compound’s buildings straight below it and no grids found'),
});
/** One place found, with the path that tells same-named places apart. */
export const ZPlaceHit = z.object({
  id: z.uuid(),
  name: z.string(),
  level: ZPlaceLevel,
  childCount: z
    .number()
    .int()
    .describe('Places one step below it in this view (buildings of a compound without grids)'),
  ancestors: z.array(ZCrumb).describe('From the district down; grids left out when grids=false'),
});
export type PlaceHit = z.infer<typeof ZPlaceHit>;
export const ZPlaceSearchResult = z.object({
  items: z.array(ZPlaceHit).describe('At most 20, closest first'),
  more: z.boolean().describe('More places matched: typing more narrows them'),
});

export const ZUnitKind = z.enum(UNIT_KINDS);
/** A responsible unit: department, party organisation, property company, volunteer team (BRIEF §2). */
export const ZUnit = z.object({
  id: z.uuid(),
  placeId: z.uuid(),
  placeName: z.string(),
  kind: ZUnitKind,
  name: z.string(),
  code: z.string().nullable(),
  contactName: z.string().nullable(),
  phone: z.string().nullable().describe('Masked (138****1234)'),
  description: z.string().nullable(),
});
export type Unit = z.infer<typeof ZUnit>;
const ZPhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, 'format_phone');
export const ZUnitInput = z.object({
  placeId: z.uuid(),
  kind: ZUnitKind,
  name: ZName,
  code: ZCode.optional(),
  contactName: z.string().trim().max(TEXT_LIMITS.personName.max).optional(),
  phone: ZPhone.optional(),
  description: z.string().trim().max(TEXT_LIMITS.unitDescription.max).optional(),
});
export const ZUnitListQuery = z.object({
  placeId: z.uuid().optional().describe('Units serving this place: on it, above it or below it'),
  kind: ZUnitKind.optional(),
  q: z.string().trim().max(TEXT_LIMITS.listSearch.max).optional(),
});

export { ZPhone };
