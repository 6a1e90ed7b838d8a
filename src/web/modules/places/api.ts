import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Place, ZPlaceDetail } from '../../../shared/places';
import { api, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

export type PlaceDetail = z.infer<typeof ZPlaceDetail>;
export type Crumb = { id: string; name: string; level: Place['level'] };
type PlaceQuery = Omit<NonNullable<paths['/api/places']['get']['parameters']['query']>, 'limit' | 'cursor'>;

export const placeKeys = {
  ...domainKeys('places'),
  children: (parentId: string | null) => ['places', 'children', parentId] as const,
};

/** Every page of a place query: the children of one node are a few hundred at most. */
export async function fetchAllPlaces(query: PlaceQuery): Promise<Place[]> {
  const items: Place[] = [];
  let cursor: string | undefined;
  do {
    const page = await ok(api.GET('/api/places', { params: { query: { ...query, limit: 100, cursor } } }));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** One page of places matching a name or code (for pickers). */
export async function searchPlaces(q: string, level?: PlaceQuery['level']): Promise<Place[]> {
  return (await ok(api.GET('/api/places', { params: { query: { q, level, limit: 20 } } }))).items;
}

export const getPlaceDetail = (id: string) => ok(api.GET('/api/places/{id}', { params: { path: { id } } }));

export const createPlace = (body: JsonBody<'/api/places', 'post'>) => ok(api.POST('/api/places', { body }));

export const updatePlace = (id: string, body: JsonBody<'/api/places/{id}', 'patch'>) =>
  ok(api.PATCH('/api/places/{id}', { params: { path: { id } }, body }));

export const movePlace = (id: string, parentId: string) =>
  ok(api.POST('/api/places/{id}/move', { params: { path: { id } }, body: { parentId } }));

export const deletePlace = (id: string) => ok(api.DELETE('/api/places/{id}', { params: { path: { id } } }));

/** The top of the tree the account sees: its own node, or the districts for whole-tree accounts. */
export async function fetchRoots(placeId: string | null): Promise<Place[]> {
  if (placeId) {
    return [await getPlaceDetail(placeId)];
  }
  return fetchAllPlaces({ level: 'district' });
}

export function usePlace(id: string | null | undefined) {
  return useQuery({
    queryKey: placeKeys.detail(id),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
    queryFn: () => getPlaceDetail(id ?? ''),
  });
}

/** The children of a node (null: the districts), every page of them. */
export function usePlaceChildren(parentId: string | null, enabled = true) {
  return useQuery({
    queryKey: placeKeys.children(parentId),
    enabled,
    staleTime: 5 * 60_000,
    queryFn: () => fetchAllPlaces(parentId ? { parentId } : { level: 'district' }),
  });
}

/** "府东社区 / 府东花园 / 第一网格 / 1栋": the last few names, enough to recognise a place. */
export function placePath(place: PlaceDetail, depth = 4): string {
  return [...place.ancestors.map((a) => a.name), place.name].slice(-depth).join(' / ');
}
