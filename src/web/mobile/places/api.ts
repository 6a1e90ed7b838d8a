import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Page } from '../../../shared/list';
import type { Place, ZPlaceDetail } from '../../../shared/places';
import { get } from '../../api/client';

export type PlaceDetail = z.infer<typeof ZPlaceDetail>;
export type Crumb = { id: string; name: string; level: Place['level'] };

/** The children of a node (null: the districts), every page of them: a level rarely holds more than a few hundred. */
export function usePlaceChildren(parentId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['places', 'children', parentId],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const items: Place[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 20; i++) {
        const page = await get<Page<Place>>('/api/places', {
          ...(parentId ? { parentId } : { level: 'district' }),
          limit: 100,
          cursor,
        });
        items.push(...page.items);
        if (!page.nextCursor) {
          break;
        }
        cursor = page.nextCursor;
      }
      return items;
    },
  });
}

export function usePlace(id: string | null | undefined) {
  return useQuery({
    queryKey: ['places', 'detail', id],
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
    queryFn: () => get<PlaceDetail>(`/api/places/${id}`),
  });
}

/** "府东社区 / 府东花园 / 第一网格 / 1栋": the last few names, enough to recognise a place. */
export function placePath(place: PlaceDetail, depth = 4): string {
  return [...place.ancestors.map((a) => a.name), place.name].slice(-depth).join(' / ');
}
