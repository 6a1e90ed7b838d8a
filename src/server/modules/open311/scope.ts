import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { place } from '../../db/schema';
import {
  type Actor,
  type Ctx,
  type RequestMeta,
  runAs,
  type Services,
  SYSTEM_ACTOR,
} from '../../platform/context';
import { type ActiveKey, findActiveKey } from './keys';
import { open311Error } from './messages';

export type Jurisdiction = { id: string; code: string; name: string; path: string; districtId: string };

/** Who is calling: the key (when one was sent and is valid) and the jurisdiction the call is about. */
export type Open311Caller = { key: ActiveKey | null; jurisdiction: Jurisdiction | null };

export type Access = {
  apiKey: string | undefined;
  /** POST needs a key (403 without); GET takes one to also show the key's own requests. */
  requireKey: boolean;
  jurisdictionId: string | undefined;
  requireJurisdiction: boolean;
};

async function identify(tx: Tx, access: Access): Promise<Open311Caller> {
  // A key that was sent must be valid even where none is needed: a silent fallback would hide a revocation.
  const key = access.apiKey ? await findActiveKey(tx, access.apiKey) : undefined;
  if ((access.apiKey && !key) || (access.requireKey && !key)) {
    throw open311Error('forbidden', 'api_key_invalid');
  }
  if (!access.jurisdictionId) {
    if (access.requireJurisdiction) {
      throw open311Error('validation_failed', 'jurisdiction_missing');
    }
    return { key: key ?? null, jurisdiction: null };
  }
  const [row] = await tx
    .select({
      id: place.id,
      code: place.code,
      name: place.name,
      path: place.path,
      districtId: place.districtId,
    })
    .from(place)
    .where(eq(place.code, access.jurisdictionId));
  if (!row) {
    throw open311Error('not_found', 'jurisdiction_unknown', { value: access.jurisdictionId });
  }
  return { key: key ?? null, jurisdiction: { ...row, districtId: row.districtId ?? row.id } };
}

/**
 * Runs an Open311 call as a system actor (the intake gives it channel `external`) that is fenced to the
 * jurisdiction's subtree. First a short trusted transaction checks the key (keys are admin-only rows) and
 * resolves the jurisdiction; then the work runs in one transaction whose actor names the key (the audit trail
 * shows `Open311 · <key name>`) and which drops to the staff database role with the jurisdiction as its scope,
 * so row-level security fences every statement exactly as it fences an office in that place — the whole tree
 * when no jurisdiction was given. Platform `runAs` skips the role switch for system actors; this is the one
 * place that needs a scoped one. Throws forbidden (api_key), validation_failed / not_found (jurisdiction).
 */
export async function runAsOpen311<T>(
  services: Services,
  meta: RequestMeta,
  access: Access,
  fn: (ctx: Ctx, caller: Open311Caller) => Promise<T>,
): Promise<T> {
  const caller = await runAs(services, SYSTEM_ACTOR, meta, (ctx) => identify(ctx.tx, access));
  const j = caller.jurisdiction;
  const actor: Actor = {
    ...SYSTEM_ACTOR,
    name: caller.key ? `Open311 · ${caller.key.name}` : 'Open311',
    placeId: j?.id ?? null,
    placePath: j?.path ?? null,
    districtId: j?.districtId ?? null,
  };
  return runAs(services, actor, meta, async (ctx) => {
    await ctx.tx.execute(sql`SET LOCAL ROLE lianxin_staff`);
    await ctx.tx.execute(sql`SELECT
      set_config('lianxin.scope', ${j?.path ?? '*'}, true),
      set_config('lianxin.kind', 'staff', true),
      set_config('lianxin.account_id', '', true),
      set_config('lianxin.roles', '', true),
      set_config('lianxin.units', '', true)`);
    return fn(ctx, caller);
  });
}
