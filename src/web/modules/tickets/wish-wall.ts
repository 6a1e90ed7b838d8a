import { useInfiniteQuery } from '@tanstack/react-query';
import type { PublicWish, WishThanks } from '../../../shared/tickets';
import { type WishWallCard, wallNameOf, wallPlaceOf } from '../../../shared/wish-wall';
import { api, ok } from '../../api/client';
import type { Crumb, PlaceDetail } from '../places/api';
import { ticketKeys } from './api';

export type { PublicWish, WishThanks, WishWallCard };

/**
 * The wish wall a page at a time, newest first: one area of it (a place's subtree) or, with null, all of it.
 * The server answers what everyone sees; a signed-in caller's own moves (a volunteer's claim) come with each
 * wish. A list key, so every move's list refresh refreshes the wall too.
 */
export function useWishWall(placeId: string | null, enabled = true) {
  return useInfiniteQuery({
    queryKey: ticketKeys.list({ wall: placeId ?? 'all' }),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/api/public/wishes', {
          params: { query: { limit: 10, cursor: pageParam, ...(placeId ? { placeId } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * The thanks residents chose to show after their wish came true (圆梦墙), newest first, in the same area as the
 * wall. A list key, so the rating that adds one refreshes it.
 */
export function useWishThanks(placeId: string | null, enabled = true) {
  return useInfiniteQuery({
    queryKey: ticketKeys.list({ thanks: placeId ?? 'all' }),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/api/public/wish-thanks', {
          params: { query: { limit: 5, cursor: pageParam, ...(placeId ? { placeId } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** A place from the district down to itself: what the wall's rules read. */
function chainOf(place: PlaceDetail): Crumb[] {
  return [...place.ancestors, { id: place.id, name: place.name, level: place.level }];
}

/**
 * The card the wall will show for a wish (shared/wish-wall.ts decides it for the server's wall too): while a
 * resident writes one, and when the office publishes one. `submitterName` is the full name as the caller
 * knows it; the card gets it masked.
 */
export function wishWallPreview(wish: {
  title: string;
  description: string;
  place: PlaceDetail | undefined;
  submitterName: string | null | undefined;
  isAnonymous: boolean;
}): WishWallCard {
  return {
    title: wish.title.trim(),
    description: wish.description.trim(),
    placeName: (wish.place && wallPlaceOf(chainOf(wish.place))?.name) ?? '',
    submitterName: wallNameOf(wish.submitterName, wish.isAnonymous),
  };
}

/**
 * The area the wall opens on for someone whose place is `place` (a resident's home, a volunteer's or grid
 * worker's node): its community, or the node itself above a community. Without a place: none (the whole wall).
 */
export function ownWallArea(place: PlaceDetail | undefined): Crumb | null {
  return place ? (wallPlaceOf(chainOf(place)) ?? null) : null;
}
