import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type {
  Photo,
  TicketCreate,
  TicketMove,
  ZCategory,
  ZTicketDetail,
  ZTicketEvent,
} from '../../../shared/tickets';
import { ApiError, api, filesBody, ok } from '../../api/client';
import { downloadFile } from '../../api/files';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

export type TicketDetail = z.infer<typeof ZTicketDetail>;
export type TicketEvent = z.infer<typeof ZTicketEvent>;
export type Category = z.infer<typeof ZCategory>;
export type { Photo };

type TicketListQuery = NonNullable<paths['/api/tickets']['get']['parameters']['query']>;

/** The list's filters as the URL carries them: plain strings, which the server checks against its enums. */
export type TicketFilters = Partial<
  Record<
    'queue' | 'state' | 'kind' | 'categoryId' | 'placeId' | 'channel' | 'overdue' | 'from' | 'to' | 'q',
    string
  >
>;

export type BulkAnswer = Awaited<ReturnType<typeof bulkMove>>;

export const ticketKeys = {
  ...domainKeys('tickets'),
  photos: (id: string | undefined) => ['tickets', 'detail', id ?? null, 'photos'] as const,
  similar: (id: string) => ['tickets', 'detail', id, 'similar'] as const,
  similarToText: (placeId: string | undefined, text: string) =>
    ['tickets', 'similar-text', placeId, text] as const,
  categories: () => ['tickets', 'categories'] as const,
  queues: () => ['tickets', 'queues'] as const,
};

/** JPEG, PNG or WebP, at most 10 MB each and 9 per ticket (the server checks the same again). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS = 9;

/** One page of tickets. The URL's filter strings go as they are: a value outside an enum is the server's 400. */
export const listTickets = (query: TicketFilters & { limit: number; cursor?: string }) =>
  ok(api.GET('/api/tickets', { params: { query: query as TicketListQuery } }));

const getTicketDetail = (id: string) => ok(api.GET('/api/tickets/{id}', { params: { path: { id } } }));

export const moveTicket = (id: string, move: TicketMove) =>
  ok(api.POST('/api/tickets/{id}/actions', { params: { path: { id } }, body: move }));

/** The same move on many tickets; each answers on its own (moved, or refused with its problem). */
export const bulkMove = (ids: string[], move: TicketMove) =>
  ok(api.POST('/api/tickets/bulk-actions', { body: { ids, ...move } }));

export const createTicket = (body: TicketCreate) => ok(api.POST('/api/tickets', { body }));

/**
 * Files a ticket, then sends its photos once it exists, and refreshes every list. The ticket stands even when
 * the photos fail (`photosFailed`: its page says so and offers to add them again).
 */
export function useSubmitTicket() {
  const client = useQueryClient();
  return async (body: TicketCreate, photos: File[]) => {
    const created = await createTicket(body);
    let photosFailed = false;
    if (photos.length > 0) {
      try {
        await uploadPhotos(created.id, photos);
      } catch {
        photosFailed = true;
      }
    }
    await client.invalidateQueries({ queryKey: ticketKeys.lists() });
    return { id: created.id, photosFailed };
  };
}

/** The list as a workbook, with the same filters (at most 10,000 rows; phones masked). */
/** The list as a workbook; `fullPhones` (offices, audited by the server) writes the numbers whole. */
export const exportTickets = (filters: TicketFilters, fullPhones = false) =>
  downloadFile(
    '/api/tickets/export.xlsx',
    { ...filters, phones: fullPhones ? 'full' : undefined },
    'tickets.xlsx',
  );

/** Sends the photos in one multipart request. */
export const uploadPhotos = (id: string, files: File[]) =>
  ok(api.POST('/api/tickets/{id}/photos', { params: { path: { id } }, ...filesBody(files) }));

/**
 * The submitter's phone unmasked, to call them back (offered where `canCallBack`): `reveal()` asks once; the
 * server writes an audit entry for every reveal, so the answer is kept by the screen, never cached.
 */
export function useRevealedPhone(id: string) {
  const [phone, setPhone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reveal = async () => {
    setBusy(true);
    try {
      const contact = await ok(api.POST('/api/tickets/{id}/contact', { params: { path: { id } } }));
      setPhone(contact.submitterPhone);
    } finally {
      setBusy(false);
    }
  };
  return { phone, busy, reveal };
}

export const removePhoto = (ticketId: string, photoId: string) =>
  ok(api.DELETE('/api/tickets/{id}/photos/{photoId}', { params: { path: { id: ticketId, photoId } } }));

export function useTicket(id: string | undefined) {
  return useQuery({
    queryKey: ticketKeys.detail(id),
    enabled: Boolean(id),
    queryFn: () => getTicketDetail(id ?? ''),
  });
}

/** A list of tickets, a page at a time, newest first (the phone's endless lists). */
export function useTicketList(query: Omit<TicketFilters, 'overdue'>, enabled = true) {
  return useInfiniteQuery({
    queryKey: ticketKeys.list(query),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => listTickets({ ...query, limit: 10, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The ticket's photos (a resident gets copies without location metadata). */
/** How many tickets wait in each of the caller's queues (the menu's counts, a workbench); asked every minute. */
export function useQueueCounts(enabled = true) {
  return useQuery({
    queryKey: ticketKeys.queues(),
    queryFn: () => ok(api.GET('/api/tickets/queues')),
    refetchInterval: 60_000,
    enabled,
  });
}

export function usePhotos(id: string | undefined) {
  return useQuery({
    queryKey: ticketKeys.photos(id),
    enabled: Boolean(id),
    queryFn: () => ok(api.GET('/api/tickets/{id}/photos', { params: { path: { id: id ?? '' } } })),
  });
}

/** Performs a move and refreshes every list and detail that may show the ticket. */
export function useMoveTicket() {
  const client = useQueryClient();
  return async (id: string, move: TicketMove) => {
    const detail = await moveTicket(id, move);
    client.setQueryData(ticketKeys.detail(id), detail);
    // Evidence photos may have gone up just before the move (现场解决).
    await client.invalidateQueries({ queryKey: ticketKeys.photos(id) });
    await client.invalidateQueries({ queryKey: ticketKeys.lists() });
    return detail;
  };
}

/** A list some servers do not offer yet: a 404 reads as "nothing to show". */
async function orNothing<T>(load: () => Promise<T>, nothing: T): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return nothing;
    }
    throw error;
  }
}

/** Open tickets that may be the same matter (相关工单). */
export function useSimilar(id: string) {
  return useQuery({
    queryKey: ticketKeys.similar(id),
    queryFn: () =>
      orNothing(() => ok(api.GET('/api/tickets/{id}/similar', { params: { path: { id } } })), { items: [] }),
    select: (data) => data.items,
  });
}

/** Duplicate hints while a new ticket is typed in. */
export function useSimilarForText(placeId: string | undefined, text: string) {
  return useQuery({
    queryKey: ticketKeys.similarToText(placeId, text),
    queryFn: () =>
      orNothing(
        () => ok(api.GET('/api/tickets/similar', { params: { query: { placeId: placeId ?? '', text } } })),
        { items: [] },
      ),
    select: (data) => data.items,
    enabled: Boolean(placeId) && text.trim().length >= 4,
    staleTime: 30_000,
  });
}

/** The active categories, in the page's language. */
export function useCategories() {
  return useQuery({
    queryKey: ticketKeys.categories(),
    queryFn: () => ok(api.GET('/api/categories')),
    select: (data) => data.items.filter((c) => c.isActive),
    staleTime: 10 * 60_000,
  });
}
