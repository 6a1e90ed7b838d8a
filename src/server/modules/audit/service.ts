import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditEntry, ZAuditListQuery } from '../../../shared/audit';
import type { PageQuery } from '../../../shared/list';
import { auditEvent } from '../../db/schema';
import type { AuditTrail } from '../../platform/audit-seal';
import type { Ctx } from '../../platform/context';
import { decodeCursor, toPage } from '../../platform/pagination';

/** The trail, newest first. Row-level security lets only the auditor read it (三员分立). */
export async function findAuditEntries(ctx: Ctx, query: z.infer<typeof ZAuditListQuery> & PageQuery) {
  const after = decodeCursor(query.cursor, 3);
  const rows = await ctx.tx
    .select()
    .from(auditEvent)
    .where(
      and(
        query.action ? eq(auditEvent.action, query.action) : undefined,
        query.actorId ? eq(auditEvent.actorId, query.actorId) : undefined,
        query.targetType ? eq(auditEvent.targetType, query.targetType) : undefined,
        query.targetId ? eq(auditEvent.targetId, query.targetId) : undefined,
        query.from ? gte(auditEvent.at, new Date(query.from)) : undefined,
        query.to ? lte(auditEvent.at, new Date(query.to)) : undefined,
        after
          ? sql`(${auditEvent.at}, ${auditEvent.districtId}, ${auditEvent.seq}) < (${after[0]}::timestamptz, ${after[1]}::uuid, ${after[2]})`
          : undefined,
      ),
    )
    .orderBy(desc(auditEvent.at), desc(auditEvent.districtId), desc(auditEvent.seq))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.at.toISOString(), r.districtId, r.seq]);
  return {
    items: page.items.map(
      (r): AuditEntry => ({
        districtId: r.districtId,
        seq: r.seq,
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorName: r.actorName,
        actorRoles: r.actorRoles,
        ip: r.ip,
        userAgent: r.userAgent,
        requestId: r.requestId,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        before: r.before ?? null,
        after: r.after ?? null,
        hash: r.hash,
      }),
    ),
    nextCursor: page.nextCursor,
  };
}

/** Checks every chain and checkpoint; the auditor's button for `npm run audit:verify`. */
export async function verifyAudit(ctx: Ctx, trail: AuditTrail) {
  const result = await trail.verify(ctx.tx);
  await ctx.audit({
    action: 'audit.verify',
    targetType: 'audit',
    after: { ok: result.ok, checked: result.checked },
  });
  return result;
}
