import type { TicketKind } from '../../../shared/tickets';
import type { Ctx } from '../../platform/context';
import type { FileStore } from '../../platform/files';
import type { Locale } from '../../platform/messages';
import { attachChannelPhotos, createTicket, getTicketRow } from '../tickets';
import { findService } from './catalogue';
import { open311Error } from './messages';
import { serviceNotice } from './presenter';
import { findBounds, findPlaceWithin, type SubmitExtras } from './repo';
import type { RequestForm } from './schemas';
import type { Jurisdiction, Open311Caller } from './scope';

// POST requests: an outside system files a ticket, reading a form the way real clients fill it in.

const CHINESE_PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;
// E.164 allows at most 15 digits; fewer than 6 is no number anyone can call back.
const OTHER_PHONE = /^\+?\d{6,15}$/;
const MAX_NAME = 50;
const CJK = /[\u4e00-\u9fff]/;

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
    service_notice: row ? serviceNotice(row, locale, ctx.zone) : null,
    account_id: null,
  };
}
