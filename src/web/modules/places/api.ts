import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Page } from '../../../shared/list';
import type { Place, ZPlaceDetail } from '../../../shared/places';
import { get } from '../../api/client';

export type PlaceDetail = z.infer<typeof ZPlaceDetail>;
type PlaceQuery = { parentId?: string; level?: string; q?: string; under?: string };

/** Every page of a place query (children of one node are a few hundred at most). */
export async function fetchAllPlaces(query: PlaceQuery): Promise<Place[]> {
  const items: Place[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<Place> = await get<Page<Place>>('/api/places', { ...query, limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** One page of places matching a name or code (for pickers). */
export async function searchPlaces(q: string, level?: string): Promise<Place[]> {
  const page = await get<Page<Place>>('/api/places', { q, level, limit: 20 });
  return page.items;
}

export function getPlaceDetail(id: string): Promise<PlaceDetail> {
  return get<PlaceDetail>(`/api/places/${id}`);
}

export function usePlaceDetail(id: string | null) {
  return useQuery({
    queryKey: ['place', id],
    queryFn: () => getPlaceDetail(id ?? ''),
    enabled: id !== null,
  });
}

/** The top of the tree the account sees: its own node, or the districts for whole-tree accounts. */
export async function fetchRoots(placeId: string | null): Promise<Place[]> {
  if (placeId) {
    return [await getPlaceDetail(placeId)];
  }
  return fetchAllPlaces({ level: 'district' });
}
