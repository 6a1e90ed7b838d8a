import type { TicketKind } from '../../../shared/tickets';
import type { Ctx } from '../../platform/context';
import type { FileStore } from '../../platform/files';
import type { Locale } from '../../platform/messages';
import { attachChannelPhotos, createTicket, getTicketRow } from '../tickets';
import { open311Error, say } from './messages';
import { categoryName, presentRequest, presentUpdate, serviceNotice } from './presenter';
import {
  findBounds,
  findNames,
  findPlaceWithin,
  findPublicUpdates,
  findServiceCategories,
  findTimelineFacts,
  findVisibleTickets,
  type SubmitExtras,
  type TicketRow,
} from './repo';
import type { RequestForm, RequestQuery, UpdateQuery } from './schemas';
import type { Jurisdiction, Open311Caller } from './scope';

/** GeoReport v2: a list spans at most 90 days and answers at most 1000 requests. */
export const MAX_RANGE_DAYS = 90;
export const MAX_REQUESTS = 1000;
const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const CHINESE_PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;
// E.164 allows at most 15 digits; fewer than 6 is no number anyone can call back.
const OTHER_PHONE = /^\+?\d{6,15}$/;
const MAX_NAME = 50;
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

/**
 * The caller's phone, so that the office can call back. A Chinese number is kept in its usual form, any other
 * callable number (+44 20 7946 0958) with its digits; anything else is dropped rather than failing the report:
 * contact details are the caller's extra, the problem is what was reported.
 */
function parsePhone(raw: string | undefined): string | undefined {
  const compact = raw?.replace(/[\s().-]/g, '') ?? '';
  const domestic = compact.replace(/^(\+|00)86/, '');
  if (CHINESE_PHONE.test(domestic)) {
    return domestic;
  }
  const international = compact.replace(/^00/, '+');
  return OTHER_PHONE.test(international) ? international : undefined;
}

/** The caller's name, family name first for Chinese names; a long one is cut, not refused. */
function parseName(form: RequestForm): string | undefined {
  const first = form.first_name?.trim() ?? '';
  const last = form.last_name?.trim() ?? '';
  const name = CJK.test(first + last) ? `${last}${first}` : `${first} ${last}`.trim();
  return name ? [...name].slice(0, MAX_NAME).join('') : undefined;
}

/** The media links: one or several (repeated media_url); each must be an http(s) link. */
function parseMediaUrls(raw: string | string[] | undefined): string[] {
  const given = (Array.isArray(raw) ? raw : [raw ?? '']).map((v) => v.trim()).filter(Boolean);
  return given.map((value) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw open311Error('validation_failed', 'media_url_invalid');
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || value.length > 1000) {
      throw open311Error('validation_failed', 'media_url_invalid');
    }
    return url.href;
  });
}

/**
 * A position outside the jurisdiction's box is refused: stored under it, the report would sit with an office
 * that cannot go there. Throws validation_failed naming the jurisdiction.
 */
async function refuseOutside(ctx: Ctx, j: Jurisdiction, at: { lat: number; lng: number }) {
  const fence = await findBounds(ctx.tx, j.path);
  if (!fence) {
    return;
  }
  const { south, west, north, east } = fence;
  if (at.lat < south || at.lat > north || at.lng < west || at.lng > east) {
    throw open311Error('validation_failed', 'lat_long_outside', { jurisdiction: j.name });
  }
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
 * links are stored, never fetched; uploaded photos (a multipart POST) are attached like a resident's. email,
 * device_id and account_id are not kept: the ticket has no place for them and contact goes by phone. Throws
 * validation_failed (400) for a bad or missing field.
 */
export async function submitRequest(
  ctx: Ctx,
  caller: Open311Caller,
  submission: { form: RequestForm; media: Buffer[]; files: FileStore },
  locale: Locale,
) {
  const { form, media, files } = submission;
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
  if (coordinates) {
    await refuseOutside(ctx, j, coordinates);
  }
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
  const [mediaUrl = null, ...moreMediaUrls] = parseMediaUrls(form.media_url);
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
    {
      open311KeyId: key.id,
      mediaUrl,
      ...(moreMediaUrls.length ? { moreMediaUrls } : {}),
    } satisfies SubmitExtras,
  );
  if (media.length > 0) {
    await attachChannelPhotos(ctx, files, created.id, media);
  }
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
    service_notice: row ? serviceNotice(row, locale) : null,
    account_id: null,
  };
}

async function present(ctx: Ctx, caller: Open311Caller, rows: TicketRow[], locale: Locale) {
  if (rows.length === 0) {
    return [];
  }
  const [names, facts] = await Promise.all([findNames(ctx.tx, rows), findTimelineFacts(ctx.tx, rows)]);
  const factsOf = (id: string) => ({ latest: facts.latest.get(id), extras: facts.extras.get(id) });
  return rows.map((r) => presentRequest(r, names, factsOf(r.id), caller.key?.id ?? null, locale));
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
  return rows.map(({ event }) => presentUpdate(event, locale));
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
