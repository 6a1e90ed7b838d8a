import { describe, expect, it } from 'vitest';
import { menuQueues, workbenchQueues } from './workbench';

describe('workbench queues', () => {
  it('shows each role the queues it acts on: a handler no intake, a leader what is late or waits for it', () => {
    expect(workbenchQueues(['handler'])).toEqual(['my_unit', 'overdue']);
    expect(workbenchQueues(['handler'])).not.toContain('to_accept');
    expect(workbenchQueues(['leader'])).toEqual(['overdue', 'escalated_to_me', 'extension_requests']);
    expect(workbenchQueues(['community_staff'])[0]).toBe('to_accept');
    expect(workbenchQueues(['community_staff', 'grid_worker']).filter((q) => q === 'to_accept')).toHaveLength(
      1,
    );
    expect(workbenchQueues(['auditor'])).toEqual([]);
  });

  it('lists in the menu only the queues of the desk, in the menu order; everything for a reader without a desk', () => {
    expect(menuQueues(['handler'])).toEqual(['my_unit', 'overdue']);
    expect(menuQueues(['street_admin'])).toEqual([
      'to_accept',
      'to_dispatch',
      'overdue',
      'escalated_to_me',
      'extension_requests',
      'to_close',
    ]);
    expect(menuQueues(['auditor'])).toHaveLength(7);
  });
});
