import { describe, expect, it, vi } from 'vitest';
import { domainKeys } from '../../api/keys';
import { ticketKeys } from './api';

vi.mock('../../i18n', () => ({ currentLanguage: () => 'zh-CN' }));

// Invalidation matches key prefixes: a domain's whole cache and all its lists must be prefixes of every key
// they are meant to refresh, whichever face made the query.
const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, i) => Object.is(part, key[i]));

describe('query keys', () => {
  it('nest every kind under its domain, and every list under lists()', () => {
    const keys = domainKeys('units');
    expect(keys.detail('u1')).toEqual(['units', 'detail', 'u1']);
    expect(startsWith(keys.list({ q: 'x' }), keys.lists())).toBe(true);
    expect(startsWith(keys.detail(undefined), keys.all)).toBe(true);
  });

  it("keep a ticket's photos and similar tickets under its detail, so refreshing the ticket refreshes them", () => {
    expect(startsWith(ticketKeys.photos('t1'), ticketKeys.detail('t1'))).toBe(true);
    expect(startsWith(ticketKeys.similar('t1'), ticketKeys.detail('t1'))).toBe(true);
    expect(startsWith(ticketKeys.categories(), ticketKeys.all)).toBe(true);
    expect(startsWith(ticketKeys.queues(), ticketKeys.all)).toBe(true);
  });
});
