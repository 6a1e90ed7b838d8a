import type { TicketKind } from '../../../shared/tickets';
import type { Ctx } from '../../platform/context';
import type { Locale } from '../../platform/messages';
import { createTicket, getTicketRow } from '../tickets';
import { open311Error, say } from './messages';
import { categoryName, presentRequest, w3cDate } from './presenter';
import {
  findNames,
  findPlaceWithin,
  findServiceCategories,
  findTimelineFacts,
  findVisibleTickets,
  type SubmitExtras,
  type TicketRow,
} from './repo';
import type { RequestForm, RequestQuery } from './schemas';
import type { Open311Caller } from './scope';

/** GeoReport v2: a list spans at most 90 days and answers at most 1000 requests. */
export const MAX_RANGE_DAYS = 90;
export const MAX_REQUESTS = 1000;
const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;
const CJK = /[\u4e00-\u9fff]/;

/**
 * The attributes every service takes (GET services/{code}): only the resident's consent to publication, which
 * decides whether the request shows in public GET answers (BRIEF §8: public display only with consent).
 */
function attributesFor(locale: Locale) {
  return [
    {
      variable: true,
      code: 'is_public',
      datatype: 'singlevaluelist' as const,
      required: false,
      datatype_description: null,
      order: 1,
      description: say('attribute_is_public', locale),
      values: [
        { key: 'yes', name: say('yes', locale) },
        { key: 'no', name: say('no', locale) },
      ],
    },
  ];
}

/** The category taxonomy as GeoReport services. */
export async function listServices(ctx: Ctx, locale: Locale) {
  const offered = await findServiceCategories(ctx.tx);
  return offered.map(({ leaf, parent }) => ({
    service_code: leaf.code,
    service_name: categoryName(leaf, locale),
    description: `${categoryName(parent, locale)} · ${categoryName(leaf, locale)}`,
    metadata: true,
    type: 'realtime' as const,
    keywords: [leaf.nameZh, leaf.nameEn, leaf.code].join(','),
    group: categoryName(parent, locale),
  }));
}

async function findService(ctx: Ctx, code: string) {
  const offered = await findServiceCategories(ctx.tx);
  return offered.find((o) => o.leaf.code === code);
}

/** A service definition. Throws not_found for an unknown or inactive service_code. */
export async function getServiceDefinition(ctx: Ctx, code: string, locale: Locale) {
  if (!(await findService(ctx, code))) {
    throw open311Error('not_found', 'service_code_unknown', { value: code });
  }
  return { service_code: code, attributes: attributesFor(locale) };
}

/** `attribute[code]` and `attribute[code][]` fields of the form, by code. */
function attributesOf(form: RequestForm): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [name, value] of Object.entries(form)) {
    const match = /^attribute\[([^\]]+)\](\[\])?$/.exec(name);
    if (match?.[1] && value !== undefined) {
      found.set(match[1], [...(found.get(match[1]) ?? []), ...(Array.isArray(value) ? value : [value])]);
    }
  }
  return found;
}

function parseCoordinates(form: RequestForm): { lat: number; lng: number } | null {
  // Empty fields count as absent (form clients send every input, filled or not).
  const rawLat = form.lat?.trim() ?? '';
  const rawLng = form.long?.trim() ?? '';
  if (!rawLat && !rawLng) {
    return null;
  }
  const lat = rawLat ? Number(rawLat) : Number.NaN;
  const lng = rawLng ? Number(rawLng) : Number.NaN;
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    throw open311Error('validation_failed', 'lat_long_invalid');
  }
  return { lat, lng };
}

function parsePhone(raw: string | undefined): string | undefined {
  if (!raw?.trim()) {
    return undefined;
  }
  const phone = raw.replace(/[\s()]/g, '').replace(/^(\+|00)86/, '');
  if (!PHONE.test(phone)) {
    throw open311Error('validation_failed', 'phone_invalid');
  }
  return phone;
}

function parseName(form: RequestForm): string | undefined {
  const first = form.first_name?.trim() ?? '';
  const last = form.last_name?.trim() ?? '';
  // Chinese names put the family name first, without a space.
  const name = CJK.test(first + last) ? `${last}${first}` : `${first} ${last}`.trim();
  if (name.length > 50) {
    throw open311Error('validation_failed', 'too_long', { field: 'first_name + last_name', max: 50 });
  }
  return name || undefined;
}

function parseMediaUrl(raw: string | undefined): string | null {
  if (!raw?.trim()) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw open311Error('validation_failed', 'media_url_invalid');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || raw.length > 1000) {
    throw open311Error('validation_failed', 'media_url_invalid');
  }
  return url.href;
}

/** A title for the office's lists: the description's first line (FixMyStreet sends "title: …" there). */
function titleFrom(description: string, fallback: string): string {
  const first = description.split(/\r?\n/).find((line) => line.trim()) ?? '';
  const title = first
    .replace(/^\s*title:\s*/i, '')
    .trim()
    .slice(0, 40);
  return title.length >= 2 ? title : fallback;
}

/**
 * POST requests: files a ticket through the one intake (numbering, deadlines, audit), channel `external`,
 * placed at address_id when it names a place in the jurisdiction, else at the jurisdiction itself. The media
 * link is stored, never fetched. email, device_id and account_id are not kept: the ticket has no place for
 * them and contact goes by phone. Throws validation_failed (400) for a bad or missing field.
 */
export async function submitRequest(ctx: Ctx, caller: Open311Caller, form: RequestForm, locale: Locale) {
  const j = caller.jurisdiction;
  const key = caller.key;
  if (!j || !key) {
    throw new Error('submitRequest needs a key and a jurisdiction (runAsOpen311 checks both)');
  }
  const code = form.service_code?.trim();
  if (!code) {
    throw open311Error('validation_failed', 'service_code_missing');
  }
  const service = await findService(ctx, code);
  if (!service) {
    throw open311Error('validation_failed', 'service_code_unknown', { value: code });
  }
  const coordinates = parseCoordinates(form);
  const addressString = form.address_string?.trim() || undefined;
  const addressId = form.address_id?.trim() || undefined;
  if (!coordinates && !addressString && !addressId) {
    throw open311Error('validation_failed', 'location_missing');
  }
  if (addressString && addressString.length > 200) {
    throw open311Error('validation_failed', 'too_long', { field: 'address_string', max: 200 });
  }
  const at = addressId ? await findPlaceWithin(ctx.tx, addressId, j.path) : { id: j.id };
  if (!at) {
    throw open311Error('validation_failed', 'address_id_unknown', { value: addressId ?? '' });
  }
  const publish = attributesOf(form).get('is_public') ?? [];
  if (publish.length > 1 || publish.some((v) => v !== 'yes' && v !== 'no')) {
    throw open311Error('validation_failed', 'attribute_invalid', {
      code: 'is_public',
      value: publish.join(','),
    });
  }
  const submitterPhone = parsePhone(form.phone);
  const submitterName = parseName(form);
  const mediaUrl = parseMediaUrl(form.media_url);
  const description = form.description?.trim() || service.leaf.nameZh;

  const created = await createTicket(
    ctx,
    {
      kind: (service.leaf.kinds[0] as TicketKind | undefined) ?? 'problem',
      title: titleFrom(description, service.leaf.nameZh),
      description,
      placeId: at.id,
      categoryId: service.leaf.id,
      channel: key.channel,
      urgency: 'normal',
      horizon: 'deadline',
      address: addressString,
      lat: coordinates?.lat,
      lng: coordinates?.lng,
      isAnonymous: false,
      isPublic: publish[0] === 'yes',
      submitterName,
      submitterPhone,
    },
    { open311KeyId: key.id, mediaUrl } satisfies SubmitExtras,
  );
  await ctx.audit({
    action: 'open311.submit',
    targetType: 'ticket',
    targetId: created.id,
    districtId: created.districtId,
    after: { keyId: key.id, jurisdiction: j.code, serviceCode: code },
  });
  const row = await getTicketRow(ctx.tx, created.id);
  return {
    service_request_id: created.id,
    service_notice: row
      ? say('service_notice', locale, { number: row.number, due: w3cDate(row.handleDueAt) })
      : null,
    account_id: null,
  };
}

async function present(ctx: Ctx, rows: TicketRow[], locale: Locale) {
  if (rows.length === 0) {
    return [];
  }
  const [names, facts] = await Promise.all([findNames(ctx.tx, rows), findTimelineFacts(ctx.tx, rows)]);
  return rows.map((r) =>
    presentRequest(r, names, { latest: facts.latest.get(r.id), extras: facts.extras.get(r.id) }, locale),
  );
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
    return present(ctx, rows, locale);
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
  const start = parseDate('start_date', query.start_date);
  const end = parseDate('end_date', query.end_date);
  const to = end ?? (start ? new Date(start.getTime() + MAX_RANGE_DAYS * DAY_MS) : ctx.now);
  const from = start ?? new Date(to.getTime() - MAX_RANGE_DAYS * DAY_MS);
  if (from > to || to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw open311Error('validation_failed', 'date_range_invalid', { days: MAX_RANGE_DAYS });
  }
  const status = parseStatus(query.status);
  // end_date is inclusive in the spec ("latest datetime to include").
  const rows = await findVisibleTickets(ctx.tx, {
    ...base,
    from,
    to: new Date(to.getTime() + 1),
    ...(categoryIds ? { categoryIds } : {}),
    ...(status ? { status } : {}),
  });
  return present(ctx, rows, locale);
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
  return present(ctx, [row], locale);
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

/** The discovery document: where the endpoint is, what it speaks, whom to ask for a key. */
export function discovery(baseUrl: string, locale: Locale) {
  const changeset = '2026-03-01T00:00:00+08:00';
  return {
    changeset,
    contact: say('contact', locale),
    key_service: say('key_service', locale),
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${baseUrl}/open311/v2`,
        changeset,
        type: 'production' as const,
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}
