import { maskName } from './mask';

/**
 * What the wish wall (心愿墙) shows of a wish, decided once for the server's wall and for every preview of it
 * (the resident's wish form, the office's publish step): the title and the words as written, the community it
 * is in — never the compound, building or address — and the name masked as 王**, or none when anonymous. The
 * phone, the full name, the address and the photos never reach the wall.
 */
export type WishWallCard = {
  title: string;
  description: string;
  placeName: string;
  submitterName: string | null;
};

/** The wall names a place at the community (社区/村): the third node from the district down. */
const WALL_PLACE_DEPTH = 3;

/** Of a place's chain from the district down to the place itself, the node the wall names (its community). */
export function wallPlaceOf<T>(chain: readonly T[]): T | undefined {
  return chain[Math.min(WALL_PLACE_DEPTH, chain.length) - 1];
}

/** The name the wall shows for a submitter: masked (王**), or none when they asked to stay anonymous. */
export function wallNameOf(name: string | null | undefined, isAnonymous: boolean): string | null {
  return isAnonymous ? null : maskName(name);
}
