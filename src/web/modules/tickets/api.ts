import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FieldError } from '../../../shared/errors';
import type { Page } from '../../../shared/list';
import type { Unit } from '../../../shared/places';
import type {
  Photo,
  SimilarTicket,
  Ticket,
  TicketCreate,
  TicketMove,
  ZCategory,
  ZTicketDetail,
  ZTicketEvent,
} from '../../../shared/tickets';
import { ApiError, del, get, post } from '../../api/client';
import { downloadFile } from '../../api/files';

export type TicketDetail = z.infer<typeof ZTicketDetail>;
export type TicketEvent = z.infer<typeof ZTicketEvent>;
export type Category = z.infer<typeof ZCategory>;

/** The list's query string (ZTicketListQuery): every value as the URL carries it. */
export type TicketFilters = {
  queue?: string;
  state?: string;
  kind?: string;
  categoryId?: string;
  placeId?: string;
  channel?: string;
  overdue?: string;
  from?: string;
  to?: string;
  q?: string;
};

/** One ticket's answer to a bulk move (server: modules/tickets/bulk.ts). */
export type BulkResult = {
  id: string;
  status: number;
  state?: string;
  number?: string;
  code?: string;
  title?: string;
  errors?: FieldError[];
};
export type BulkAnswer = { results: BulkResult[]; succeeded: number; failed: number };

export const listTickets = (query: TicketFilters & { limit: number; cursor?: string }) =>
  get<Page<Ticket>>('/api/tickets', query);

export const getTicketDetail = (id: string) => get<TicketDetail>(`/api/tickets/${id}`);

export const moveTicket = (id: string, move: TicketMove) =>
  post<TicketDetail>(`/api/tickets/${id}/actions`, move);

export const bulkMove = (ids: string[], move: TicketMove) =>
  post<BulkAnswer>('/api/tickets/bulk-actions', { ids, ...move });

export const createTicket = (body: TicketCreate) => post<TicketDetail>('/api/tickets', body);

/** The list as a workbook, with the same filters (at most 10,000 rows; phones masked). */
export const exportTickets = (filters: TicketFilters) =>
  downloadFile('/api/tickets/export.xlsx', filters, 'tickets.xlsx');

export async function uploadPhotos(id: string, files: File[]): Promise<Photo[]> {
  const body = new FormData();
  for (const file of files) {
    body.append('files', file);
  }
  return post<Photo[]>(`/api/tickets/${id}/photos`, body);
}

export function useTicket(id: string) {
  return useQuery({ queryKey: ['ticket', id], queryFn: () => getTicketDetail(id) });
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

export type { Photo };

export const removePhoto = (ticketId: string, photoId: string) =>
  del<void>(`/api/tickets/${ticketId}/photos/${photoId}`);

export function usePhotos(id: string) {
  return useQuery({
    queryKey: ['ticket', id, 'photos'],
    queryFn: () => get<Photo[]>(`/api/tickets/${id}/photos`),
  });
}

/** Open tickets that may be the same matter (相关工单). */
export function useSimilar(id: string) {
  return useQuery({
    queryKey: ['ticket', id, 'similar'],
    queryFn: () =>
      orNothing(() => get<{ items: SimilarTicket[] }>(`/api/tickets/${id}/similar`), { items: [] }),
    select: (data) => data.items,
  });
}

/** Duplicate hints while a new ticket is typed in. */
export function useSimilarForText(placeId: string | undefined, text: string) {
  return useQuery({
    queryKey: ['tickets', 'similar-text', placeId, text],
    queryFn: () =>
      orNothing(() => get<{ items: SimilarTicket[] }>('/api/tickets/similar', { placeId, text }), {
        items: [],
      }),
    select: (data) => data.items,
    enabled: Boolean(placeId) && text.trim().length >= 4,
    staleTime: 30_000,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: ['categories'],
    queryFn: () => get<Page<Category>>('/api/categories'),
    select: (data) => data.items.filter((c) => c.isActive),
    staleTime: 10 * 60_000,
  });
}

/** Units that may take a ticket at this place (on it, above or below it), every page. */
export function useUnits(placeId: string | null | undefined) {
  return useQuery({
    queryKey: ['units', 'serving', placeId ?? null],
    queryFn: async () => {
      const units: Unit[] = [];
      let cursor: string | undefined;
      do {
        const page = await get<Page<Unit>>('/api/units', { placeId, limit: 100, cursor });
        units.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && units.length < 1000);
      return units;
    },
    staleTime: 5 * 60_000,
  });
}
