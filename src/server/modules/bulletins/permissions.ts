import { declarePermissions, OFFICE_ROLES, OVERSIGHT_ROLES } from '../../platform/permissions';

/**
 * What the routes of bulletins need, and which roles hold it: oversight (leaders, supervisors) and the offices
 * read the bulletins and urges of their area; the offices generate a bulletin on demand (docs/bulletins.md).
 */
export const bulletinPermissions = declarePermissions({
  'bulletin.read': [...OVERSIGHT_ROLES],
  'bulletin.write': [...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof bulletinPermissions, true> {}
}
