/**
 * The one shape of query keys: `[domain, kind, …]`, so invalidating `[domain]` refreshes everything a domain
 * shows and `[domain, 'list']` every list of it, whichever face asked. Each web module builds its own factory
 * from this and adds the kinds only it has.
 */
export function domainKeys<D extends string>(domain: D) {
  return {
    all: [domain] as const,
    lists: () => [domain, 'list'] as const,
    list: (query: unknown) => [domain, 'list', query] as const,
    detail: (id: string | null | undefined) => [domain, 'detail', id ?? null] as const,
  };
}
