import { DESK_ROLES, declarePermissions, FIELD_ROLES, OFFICE_ROLES } from '../../platform/permissions';

/** What the routes of tickets need, and which roles hold it. */
export const ticketPermissions = declarePermissions({
  'ticket.create': ['resident', 'grid_worker', ...OFFICE_ROLES],
  // What each caller sees and may move is decided per ticket by their relation to it (ticket-workflow.ts).
  'ticket.read': ['resident', ...FIELD_ROLES],
  // Office desks export their lists to Excel; volunteers and residents do not.
  'ticket.export': [...DESK_ROLES],
  // Offices may export the submitters' phones whole (audited), like the personal numbers they reveal one by
  // one; everyone else exports them masked.
  'ticket.export_phones': [...OFFICE_ROLES],
});

declare module '../../platform/permissions' {
  interface PermissionRegistry extends Record<keyof typeof ticketPermissions, true> {}
}
