import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZOffering, ZServiceHour } from '../../../shared/services';
import { api, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

export type Offering = z.infer<typeof ZOffering>;
export type ServiceHour = z.infer<typeof ZServiceHour>;
type OfferingQuery = NonNullable<paths['/api/service-offerings']['get']['parameters']['query']>;
export type OfferingFilters = Omit<OfferingQuery, 'limit' | 'cursor'>;
type HourQuery = NonNullable<paths['/api/service-hours']['get']['parameters']['query']>;
export type HourFilters = Omit<HourQuery, 'limit' | 'cursor'>;

export const offeringKeys = domainKeys('service-offerings');
export const hourKeys = domainKeys('service-hours');

export const listOfferings = (query: OfferingQuery) =>
  ok(api.GET('/api/service-offerings', { params: { query } }));
export const getOffering = (id: string) =>
  ok(api.GET('/api/service-offerings/{id}', { params: { path: { id } } }));
export const createOffering = (body: JsonBody<'/api/service-offerings', 'post'>) =>
  ok(api.POST('/api/service-offerings', { body }));
export const updateOffering = (id: string, body: JsonBody<'/api/service-offerings/{id}', 'patch'>) =>
  ok(api.PATCH('/api/service-offerings/{id}', { params: { path: { id } }, body }));

export const listHours = (query: HourQuery) => ok(api.GET('/api/service-hours', { params: { query } }));
export const confirmHours = (entryIds: string[]) =>
  ok(api.POST('/api/service-hours/confirm', { body: { entryIds } }));
export const reverseHour = (id: string, reason: string) =>
  ok(api.POST('/api/service-hours/{id}/reverse', { params: { path: { id } }, body: { reason } }));

/** The menu open at a place (its node and those above), or the caller's own when no place is given. */
export function useOfferings(filters: OfferingFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: offeringKeys.list(filters),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => listOfferings({ ...filters, limit: 20, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useOffering(id: string | undefined) {
  return useQuery({
    queryKey: offeringKeys.detail(id),
    enabled: Boolean(id),
    queryFn: () => getOffering(id ?? ''),
  });
}

/** A page of the hours ledger with the confirmed total of everything the filter selects. */
export function useHours(filters: HourFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: hourKeys.list(filters),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => listHours({ ...filters, limit: 50, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Refreshes every list of the menu and of the ledger after a write. */
export function useServiceRefresh() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: offeringKeys.all });
    await client.invalidateQueries({ queryKey: hourKeys.all });
  };
}

/** Minutes as hours and minutes (1 小时 30 分). */
export function hoursOf(minutes: number): { hours: number; minutes: number } {
  const sign = minutes < 0 ? -1 : 1;
  const abs = Math.abs(minutes);
  return { hours: sign * Math.floor(abs / 60), minutes: abs % 60 };
}

/** Who accepts and dispatches service orders at a place (shared/service-flow.ts). */
export const getServiceFlow = (id: string) =>
  ok(api.GET('/api/places/{id}/service-flow', { params: { path: { id } } }));
export const setServiceFlow = (id: string, body: JsonBody<'/api/places/{id}/service-flow', 'put'>) =>
  ok(api.PUT('/api/places/{id}/service-flow', { params: { path: { id } }, body }));
export const serviceFlowKeys = domainKeys('service-flow');
