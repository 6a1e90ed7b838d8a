import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { campaign, campaignTally, place } from '../../db/schema';

// SQL of the campaigns module: rows, no rules. Row-level security limits tallies to the caller's subtree.

export type CampaignRow = typeof campaign.$inferSelect;
export type CampaignWithPlace = { c: CampaignRow; placeName: string };

export const campaignColumns = { c: campaign, placeName: place.name };

export async function getCampaignRow(tx: Tx, id: string): Promise<CampaignWithPlace | undefined> {
  const [row] = await tx
    .select(campaignColumns)
    .from(campaign)
    .innerJoin(place, eq(place.id, campaign.placeId))
    .where(eq(campaign.id, id));
  return row;
}

/** The tallies of one drive in the subtree `under` (all of it when null), oldest first. */
export function talliesOf(tx: Tx, campaignId: string, under: string | null) {
  return tx
    .select({ placeId: campaignTally.placeId, day: campaignTally.day, count: campaignTally.count })
    .from(campaignTally)
    .where(
      and(
        eq(campaignTally.campaignId, campaignId),
        under ? sql`${campaignTally.placePath} <@ ${under}::ltree` : undefined,
      ),
    )
    .orderBy(asc(campaignTally.day));
}

/**
 * Each drive's figure for a list: the sum of its tallies (count_up), or the sum of each place's last tally
 * (down_to_zero), with whether anything was tallied at all.
 */
export async function valuesOf(
  tx: Tx,
  ids: string[],
): Promise<Map<string, { sum: number; latest: number; n: number }>> {
  const out = new Map<string, { sum: number; latest: number; n: number }>();
  if (ids.length === 0) {
    return out;
  }
  const rows = await tx
    .select({
      id: campaignTally.campaignId,
      sum: sql<number>`sum(${campaignTally.count})::int`,
      n: sql<number>`count(*)::int`,
    })
    .from(campaignTally)
    .where(inArray(campaignTally.campaignId, ids))
    .groupBy(campaignTally.campaignId);
  const latest = (await tx.execute(sql`
    SELECT campaign_id AS id, sum(count)::int AS latest FROM (
      SELECT DISTINCT ON (campaign_id, place_id) campaign_id, count FROM campaign_tally
      WHERE campaign_id IN (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      ORDER BY campaign_id, place_id, day DESC
    ) t GROUP BY campaign_id`)) as unknown as { rows: { id: string; latest: number }[] };
  const latestBy = new Map(latest.rows.map((r) => [r.id, Number(r.latest)]));
  for (const r of rows) {
    out.set(r.id, { sum: r.sum, latest: latestBy.get(r.id) ?? 0, n: r.n });
  }
  return out;
}
