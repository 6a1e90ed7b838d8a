import type { Role } from '../../../shared/roles';
import { OFFICE_QUEUES, type OfficeQueue } from '../../../shared/tickets';

export type WorkbenchQueue = OfficeQueue | 'mine';

// The queues each desk works, most pressing first: what a role can act on, never a queue it can only watch.
const QUEUES_BY_ROLE: Partial<Record<Role, readonly WorkbenchQueue[]>> = {
  community_staff: [
    'to_accept',
    'to_dispatch',
    'overdue',
    'escalated_to_me',
    'extension_requests',
    'to_close',
  ],
  street_admin: ['escalated_to_me', 'extension_requests', 'to_accept', 'to_dispatch', 'overdue', 'to_close'],
  handler: ['my_unit', 'overdue'],
  grid_worker: ['to_accept', 'mine', 'overdue'],
  leader: ['overdue', 'escalated_to_me', 'extension_requests'],
  supervisor: ['overdue', 'extension_requests'],
  volunteer: ['mine'],
};

/** The queues a person's workbench shows: those of each of their roles, each once, in that order. */
export function workbenchQueues(roles: readonly Role[]): WorkbenchQueue[] {
  return [...new Set(roles.flatMap((role) => QUEUES_BY_ROLE[role] ?? []))];
}

/**
 * The queues the menu lists for a person: their desk's, in the menu's usual order; someone who reads tickets
 * without working a desk (an administrator) gets them all.
 */
export function menuQueues(roles: readonly Role[]): OfficeQueue[] {
  const desk = workbenchQueues(roles);
  return desk.length === 0 ? [...OFFICE_QUEUES] : OFFICE_QUEUES.filter((q) => desk.includes(q));
}
