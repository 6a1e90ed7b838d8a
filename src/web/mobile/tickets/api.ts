import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Page } from '../../../shared/list';
import type {
  Photo,
  Ticket,
  TicketCreate,
  TicketMove,
  ZCategory,
  ZTicketDetail,
  ZTicketListQuery,
} from '../../../shared/tickets';
import { api, del, get, post } from '../../api/client';

export type TicketDetail = z.infer<typeof ZTicketDetail>;
export type TicketEvent = TicketDetail['events'][number];
export type Category = z.infer<typeof ZCategory>;
type ListQuery = Omit<z.infer<typeof ZTicketListQuery>, 'overdue'>;

/** JPEG, PNG or WebP, at most 10 MB each and 9 per ticket (the server checks the same again). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS = 9;

/** A list of tickets, a page at a time, newest first. */
export function useTicketList(query: ListQuery, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['tickets', 'list', query],
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => get<Page<Ticket>>('/api/tickets', { ...query, limit: 10, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useTicket(id: string | undefined) {
  return useQuery({
    queryKey: ['tickets', 'detail', id],
    enabled: Boolean(id),
    queryFn: () => get<TicketDetail>(`/api/tickets/${id}`),
  });
}

/** The ticket's photos (a resident gets copies without location metadata). */
export type { Photo };

export const removePhoto = (ticketId: string, photoId: string) =>
  del<void>(`/api/tickets/${ticketId}/photos/${photoId}`);

export function usePhotos(id: string | undefined) {
  return useQuery({
    queryKey: ['tickets', 'photos', id],
    enabled: Boolean(id),
    queryFn: () => get<Photo[]>(`/api/tickets/${id}/photos`),
  });
}

export function useCategories() {
  return useQuery({
    queryKey: ['categories'],
    staleTime: 10 * 60_000,
    queryFn: async () => (await get<Page<Category>>('/api/categories')).items.filter((c) => c.isActive),
  });
}

export function createTicket(body: TicketCreate) {
  return post<TicketDetail>('/api/tickets', body);
}

/** Sends the photos in one multipart request (field `files`). */
export function uploadPhotos(id: string, files: File[]) {
  const form = new FormData();
  for (const file of files) {
    form.append('files', file, file.name);
  }
  return api<{ id: string; url: string }[]>('POST', `/api/tickets/${id}/photos`, { body: form });
}

/** Performs a move and refreshes every list and detail that may show the ticket. */
export function useMoveTicket() {
  const client = useQueryClient();
  return async (id: string, move: TicketMove) => {
    const detail = await post<TicketDetail>(`/api/tickets/${id}/actions`, move);
    client.setQueryData(['tickets', 'detail', id], detail);
    // Evidence photos may have gone up just before the move (现场解决).
    await client.invalidateQueries({ queryKey: ['tickets', 'photos', id] });
    await client.invalidateQueries({ queryKey: ['tickets', 'list'] });
    return detail;
  };
}
