import { describe, expect, it, vi } from 'vitest';
import type { PlaceDetail } from '../places/api';
import { ownWallArea, wishWallPreview } from './wish-wall';

vi.mock('../../i18n', () => ({ currentLanguage: () => 'zh-CN' }));

/** A place at the end of a chain of names from the district down. */
function placeAt(...names: string[]): PlaceDetail {
  const levels = ['district', 'street', 'community', 'compound', 'grid', 'building'] as const;
  const chain = names.map((name, i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    name,
    level: levels[i] ?? 'building',
  }));
  const self = chain.at(-1) ?? chain[0];
  if (!self) {
    throw new Error('a place needs a name');
  }
  return {
    ...self,
    code: 'x',
    parentId: null,
    sort: 0,
    bounds: null,
    childCount: 0,
    allowedActions: [],
    ancestors: chain.slice(0, -1),
  };
}

const HOME = placeAt('武进区', '湖塘镇', '府东社区', '府东花园', '第一网格', '1栋');

// The previews (the resident's form, the office's publish step) must draw what the server's wall sends:
// tickets-wish-wall.test.ts checks the server's side with the same shared rules (shared/wish-wall.ts).
describe('the wish wall preview', () => {
  it('names the community, never the building, and masks the name', () => {
    expect(
      wishWallPreview({
        title: ' 想请人陪我去医院复查 ',
        description: '下周三上午',
        place: HOME,
        submitterName: '何秀英',
        isAnonymous: false,
      }),
    ).toEqual({
      title: '想请人陪我去医院复查',
      description: '下周三上午',
      placeName: '府东社区',
      submitterName: '何**',
    });
  });

  it('shows no name for an anonymous wish, and the place itself above a community', () => {
    const card = wishWallPreview({
      title: '想要一副老花镜',
      description: '看报纸看不清',
      place: placeAt('武进区', '湖塘镇'),
      submitterName: '何秀英',
      isAnonymous: true,
    });
    expect(card).toMatchObject({ placeName: '湖塘镇', submitterName: null });
  });
});

describe("the wall's own area", () => {
  it('is the community of a home or grid, the node itself for a street, none without a place', () => {
    expect(ownWallArea(HOME)?.name).toBe('府东社区');
    expect(ownWallArea(placeAt('武进区', '湖塘镇', '府东社区', '府东花园', '第一网格'))?.name).toBe(
      '府东社区',
    );
    expect(ownWallArea(placeAt('武进区', '湖塘镇'))?.name).toBe('湖塘镇');
    expect(ownWallArea(undefined)).toBeNull();
  });
});
