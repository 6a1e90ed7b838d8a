import { z } from 'zod';
import { TEXT_LIMITS } from './limits';

/** One entry of the audit trail, as the auditor reads it. */
export const ZAuditEntry = z.object({
  districtId: z.uuid().describe('The chain it belongs to (the all-zero id for whole-tree actions)'),
  seq: z.number().int(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditListQuery = z.object({
  action: z.string().max(60).optional(),
  actorId: z.uuid().optional(),
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(TEXT_LIMITS.auditTargetId.max).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export const ZAuditVerify = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ districtId: z.uuid(), seq: z.number().int(), reason: z.string() }).nullable(),
});
