import type { Ctx } from '../../platform/context';
import type { Locale } from '../../platform/messages';
import { open311Error } from './messages';
import { presentRequest, presentUpdate } from './presenter';
import {
  findNames,
  findPublicUpdates,
  findServiceCategories,
  findTimelineFacts,
  findVisibleTickets,
  type TicketRow,
} from './repo';
import type { RequestQuery, UpdateQuery } from './schemas';
import type { Open311Caller } from './scope';

// Following requests: the lists, one request by id or token, and the progress updates FixMyStreet polls.

/** GeoReport v2: a list spans at most 90 days and answers at most 1000 requests. */
export const MAX_RANGE_DAYS = 90;
export const MAX_REQUESTS = 1000;
const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

async function present(ctx: Ctx, caller: Open311Caller, rows: TicketRow[], locale: Locale) {
  if (rows.length === 0) {
    return [];
  }
  const [names, facts] = await Promise.all([findNames(ctx.tx, rows), findTimelineFacts(ctx.tx, rows)]);
  const factsOf = (id: string) => ({ latest: facts.latest.get(id), extras: facts.extras.get(id) });
  return rows.map((r) => presentRequest(r, names, factsOf(r.id), caller.key?.id ?? null, locale, ctx.zone));
}

function parseDate(field: string, raw: string | undefined): Date | undefined {
  if (raw === undefined || raw === '') {
    return undefined;
  }
  const at = W3C_DATETIME.test(raw) ? new Date(raw) : null;
  if (!at || Number.isNaN(at.getTime())) {
    throw open311Error('validation_failed', 'date_invalid', { field });
  }
  return at;
}

/**
 * The half-open window [from, to) of start_date and end_date (end_date is inclusive in the spec: "latest
 * datetime to include"). start_date alone runs to now; end_date alone, or neither, looks back the longest span
 * allowed. Throws validation_failed for a window that is reversed or longer than 90 days.
 */
function dateWindow(query: { start_date?: string; end_date?: string }, now: Date) {
  const start = parseDate('start_date', query.start_date);
  const end = parseDate('end_date', query.end_date);
  // A start in the future asks for nothing yet: an empty window, not an error.
  const to = end ?? (start && start > now ? start : now);
  const from = start ?? new Date(to.getTime() - MAX_RANGE_DAYS * DAY_MS);
  if (from > to || to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    const key = start && !end ? 'start_date_too_early' : 'date_range_invalid';
    throw open311Error('validation_failed', key, { days: MAX_RANGE_DAYS });
  }
  return { from, to: new Date(to.getTime() + 1) };
}

function parseStatus(raw: string | undefined): 'open' | 'closed' | undefined {
  const wanted = new Set((raw ?? '').split(',').filter(Boolean));
  if ([...wanted].some((s) => s !== 'open' && s !== 'closed')) {
    throw open311Error('validation_failed', 'status_invalid');
  }
  return wanted.size === 1 ? ([...wanted][0] as 'open' | 'closed') : undefined;
}

/**
 * GET requests: by ids (other filters ignored, as the spec says), else by service codes, status and a date
 * range of at most 90 days (the last 90 days by default), newest first, at most 1000. Only published requests,
 * and those the caller's key filed. Throws validation_failed for bad dates, statuses or service codes.
 */
export async function findRequests(ctx: Ctx, caller: Open311Caller, query: RequestQuery, locale: Locale) {
  const base = {
    underPath: caller.jurisdiction?.path ?? null,
    keyId: caller.key?.id ?? null,
    limit: MAX_REQUESTS,
  };
  if (query.service_request_id?.trim()) {
    const ids = query.service_request_id
      .split(',')
      .map((s) => s.trim())
      .filter((s) => UUID.test(s));
    const rows = ids.length ? await findVisibleTickets(ctx.tx, { ...base, ids }) : [];
    return present(ctx, caller, rows, locale);
  }
  let categoryIds: string[] | undefined;
  if (query.service_code?.trim()) {
    const offered = await findServiceCategories(ctx.tx);
    categoryIds = query.service_code.split(',').map((code) => {
      const found = offered.find((o) => o.leaf.code === code.trim());
      if (!found) {
        throw open311Error('validation_failed', 'service_code_unknown', { value: code });
      }
      return found.leaf.id;
    });
  }
  const { from, to } = dateWindow(query, ctx.now);
  const status = parseStatus(query.status);
  const rows = await findVisibleTickets(ctx.tx, {
    ...base,
    from,
    to,
    ...(categoryIds ? { categoryIds } : {}),
    ...(status ? { status } : {}),
  });
  return present(ctx, caller, rows, locale);
}

async function findOne(ctx: Ctx, caller: Open311Caller, id: string) {
  if (!UUID.test(id)) {
    return undefined;
  }
  const [row] = await findVisibleTickets(ctx.tx, {
    underPath: caller.jurisdiction?.path ?? null,
    keyId: caller.key?.id ?? null,
    ids: [id],
    limit: 1,
  });
  return row;
}

/** GET requests/{id}. Throws not_found when unknown, outside the jurisdiction or not visible to the caller. */
export async function getRequest(ctx: Ctx, caller: Open311Caller, id: string, locale: Locale) {
  const row = await findOne(ctx, caller, id);
  if (!row) {
    throw open311Error('not_found', 'request_not_found', { value: id });
  }
  return present(ctx, caller, [row], locale);
}

/**
 * GET servicerequestupdates (FixMyStreet's extension): the public timeline events, oldest first, of the
 * requests the caller may list, in a window of at most 90 days (the last 90 days by default), at most 1000.
 */
export async function findUpdates(ctx: Ctx, caller: Open311Caller, query: UpdateQuery, locale: Locale) {
  const { from, to } = dateWindow(query, ctx.now);
  const rows = await findPublicUpdates(ctx.tx, {
    underPath: caller.jurisdiction?.path ?? null,
    keyId: caller.key?.id ?? null,
    limit: MAX_REQUESTS,
    from,
    to,
  });
  return rows.map(({ event }) => presentUpdate(event, locale, ctx.zone));
}

/**
 * GET tokens/{token}. Requests get their id at once (type realtime), so the token of a request is its id;
 * the endpoint exists for clients that always ask. Throws not_found.
 */
export async function getToken(ctx: Ctx, caller: Open311Caller, token: string) {
  const row = await findOne(ctx, caller, token);
  if (!row) {
    throw open311Error('not_found', 'token_not_found', { value: token });
  }
  return [{ service_request_id: row.id, token }];
}
