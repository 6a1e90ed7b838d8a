import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from '../../shared/list';

export const PAGE_SIZES = [20, 50, 100] as const;

/**
 * One list page of an API that pages with `{ items, nextCursor }`: remembers the cursors of the pages
 * already seen so 上一页 works, and starts over at page 1 whenever the filters change. `listKey` is the
 * domain's list key; the filters, page size and cursor are appended to it.
 */
export function useCursorList<T, F>(
  listKey: readonly unknown[],
  filters: F,
  fetchPage: (query: F & { limit: number; cursor?: string }) => Promise<Page<T>>,
) {
  const [limit, setLimit] = useState<number>(PAGE_SIZES[0]);
  // cursors[i] opens page i + 1; page 1 has none.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [seenFilters, setSeenFilters] = useState(filters);
  if (seenFilters !== filters) {
    setSeenFilters(filters);
    setCursors([undefined]);
  }
  const cursor = cursors[cursors.length - 1];
  const query = useQuery({
    queryKey: [...listKey, filters, limit, cursor ?? null],
    queryFn: () => fetchPage({ ...filters, limit, ...(cursor ? { cursor } : {}) }),
    placeholderData: keepPreviousData,
  });
  const nextCursor = query.data?.nextCursor ?? null;
  return {
    query,
    items: query.data?.items ?? [],
    pager: {
      page: cursors.length,
      limit,
      hasPrev: cursors.length > 1,
      hasNext: nextCursor !== null,
      prev: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
      next: () => {
        if (nextCursor) {
          setCursors((c) => [...c, nextCursor]);
        }
      },
      setLimit: (size: number) => {
        setLimit(size);
        setCursors([undefined]);
      },
    },
  };
}

export type CursorList<T> = {
  query: { isLoading: boolean; isFetching: boolean; error: unknown; refetch: () => unknown };
  items: T[];
  pager: ReturnType<typeof useCursorList>['pager'];
};
