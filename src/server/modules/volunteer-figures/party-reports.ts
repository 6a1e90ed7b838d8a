import { sql } from 'drizzle-orm';
import type { PartyMemberMonth, PartyReport, PartyReportQuery } from '../../../shared/volunteer-figures';
import type { Ctx } from '../../platform/context';
import { maskPhone } from '../../platform/mask';
import { resolveTarget } from '../stats';
import { monthPeriod } from './period';

/**
 * 在职党员双报到月报: every party member whose home community (where they report) is in the subtree, with what
 * they did in the month — the same definitions as the figures (docs/volunteer-figures.md), counted per person —
 * grouped by their own party branch. Names are the real names (the office of their community may read them);
 * phones are masked. Throws forbidden (out_of_scope), validation_failed (month).
 */
export async function getPartyReport(ctx: Ctx, query: PartyReportQuery): Promise<PartyReport> {
  const target = await resolveTarget(ctx, query.placeId);
  const period = monthPeriod(ctx, query.month);
  const start = sql`${period.start.toISOString()}::timestamptz`;
  const end = sql`${period.end.toISOString()}::timestamptz`;
  const claims = (kind: string) => sql`(SELECT count(*) FROM ticket_event e
    JOIN ticket t ON t.district_id = e.district_id AND t.id = e.ticket_id
    WHERE e.action = 'claim' AND e.actor_id = v.account_id AND t.kind = ${kind}
      AND e.at >= ${start} AND e.at < ${end})::int`;
  const completed = (kind: string) => sql`(SELECT count(*) FROM ticket t
    WHERE t.kind = ${kind} AND v.account_id = ANY (t.claimant_ids) AND t.resolved_at >= ${start} AND t.resolved_at < ${end})::int`;
  const result = (await ctx.tx.execute(sql`SELECT v.account_id AS "accountId", v.real_name AS "name",
      acc.phone_enc AS "phoneEnc", v.party_branch AS "branch", v.party_work_unit AS "workUnit",
      hc.name AS "communityName",
      ${claims('wish')} AS "wishesClaimed", ${completed('wish')} AS "wishesCompleted",
      ${claims('service')} AS "ordersClaimed", ${completed('service')} AS "ordersCompleted",
      (SELECT count(*) FROM activity_signup x JOIN activity a ON a.id = x.activity_id
        WHERE x.account_id = v.account_id AND x.checked_in_at IS NOT NULL AND a.state = 'done'
          AND a.starts_at >= ${start} AND a.starts_at < ${end})::int AS "activitiesAttended",
      (SELECT coalesce(sum(h.minutes), 0) FROM service_hour h
        WHERE h.account_id = v.account_id AND h.entry IN ('confirm', 'reverse')
          AND h.served_at >= ${start} AND h.served_at < ${end})::int AS "confirmedMinutes"
    FROM volunteer v
    JOIN account acc ON acc.id = v.account_id
    JOIN place hc ON hc.id = v.home_community_id
    WHERE v.is_party_member ${target.path ? sql`AND hc.path <@ ${target.path}::ltree` : sql``}
    ORDER BY v.party_branch NULLS LAST, v.real_name, v.account_id`)) as unknown as {
    rows: (Omit<PartyMemberMonth, 'phone'> & { phoneEnc: string | null; branch: string | null })[];
  };
  const branches = new Map<string | null, PartyMemberMonth[]>();
  for (const { phoneEnc, branch, ...row } of result.rows) {
    const members = branches.get(branch) ?? [];
    members.push({ ...row, phone: phoneEnc ? maskPhone(ctx.vault.decrypt(phoneEnc)) : null });
    branches.set(branch, members);
  }
  return {
    placeId: target.placeId,
    placeName: target.placeName,
    month: period.from.slice(0, 7),
    branches: [...branches].map(([branch, members]) => ({ branch, members })),
  };
}
