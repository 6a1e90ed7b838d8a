import type { BulletinFigures, StatusCounts } from '../../../shared/bulletin-figures';
import type { Bulletin, BulletinDetail } from '../../../shared/bulletins';
import type { bulletin } from '../../db/schema';

type BulletinRow = typeof bulletin.$inferSelect;

/** A bulletin as lists show it: its place, period and counts. */
export function presentListItem(row: Omit<BulletinRow, 'figures'> & { counts: StatusCounts }): Bulletin {
  return {
    id: row.id,
    placeId: row.placeId,
    placeName: row.placeName,
    period: row.period,
    periodFrom: row.periodFrom,
    asOf: row.asOf,
    counts: row.counts,
    generatedAt: row.generatedAt.toISOString(),
    generatedByName: row.generatedByName,
  };
}

/** A bulletin with every figure as it was written. */
export function presentBulletin(row: BulletinRow): BulletinDetail {
  const figures: BulletinFigures = row.figures;
  return { ...presentListItem({ ...row, counts: figures.counts }), figures };
}
