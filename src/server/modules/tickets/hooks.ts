import type { TicketCreate, TicketKind, TicketMove } from '../../../shared/tickets';
import type { Ctx } from '../../platform/context';
import type { TicketRow } from './repo';

/**
 * What another module adds to a kind of ticket, registered as that module loads (its index.ts), so that the
 * tickets module knows no module that builds on it: the service menu checks a service order at intake
 * (百姓点单) and credits the claimants' hours when an order or a wish is resolved.
 */

/**
 * What intake stores for a kind: the offering it orders, how many claimants it takes, and — from the service flow
 * of its place — the team that accepts it instead of the office and the unit acceptance dispatches it to.
 */
export type IntakeFacts = {
  offeringId: string | null;
  claimsNeeded: number;
  acceptUnitId: string | null;
  autoDispatchUnitId: string | null;
};
/** Checks a new ticket of its kind at its place (path) and says what to store; throws AppError to refuse it. */
export type IntakeCheck = (ctx: Ctx, input: TicketCreate, placePath: string) => Promise<IntakeFacts>;
/** Runs in the move's transaction after a resolve (办结): `before` as it was, `after` as the move left it. */
export type ResolveHook = (ctx: Ctx, before: TicketRow, after: TicketRow, input: TicketMove) => Promise<void>;

/**
 * What a claimant shows on their claim (亮身份: a party member claims as a party member), added to the claim's
 * timeline data. Reads as the claimant, in the move's transaction.
 */
export type ClaimFacts = (ctx: Ctx, row: TicketRow) => Promise<Record<string, unknown>>;

const intakeChecks = new Map<TicketKind, IntakeCheck>();
const claimFacts: ClaimFacts[] = [];
const resolveHooks: ResolveHook[] = [];

/** One check per kind; a second registration for the same kind is a programming error. */
export function registerIntakeCheck(kind: TicketKind, check: IntakeCheck): void {
  if (intakeChecks.has(kind)) {
    throw new Error(`intake check for ${kind} registered twice`);
  }
  intakeChecks.set(kind, check);
}

export function registerResolveHook(hook: ResolveHook): void {
  if (!resolveHooks.includes(hook)) {
    resolveHooks.push(hook);
  }
}

export function intakeCheckFor(kind: TicketKind): IntakeCheck | undefined {
  return intakeChecks.get(kind);
}

export async function runResolveHooks(ctx: Ctx, before: TicketRow, after: TicketRow, input: TicketMove) {
  for (const hook of resolveHooks) {
    await hook(ctx, before, after, input);
  }
}

export function registerClaimFacts(facts: ClaimFacts): void {
  if (!claimFacts.includes(facts)) {
    claimFacts.push(facts);
  }
}

export async function claimFactsOf(ctx: Ctx, row: TicketRow): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = {};
  for (const facts of claimFacts) {
    Object.assign(all, await facts(ctx, row));
  }
  return all;
}
