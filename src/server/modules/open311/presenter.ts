import { OPEN_STATES } from '../../../shared/ticket-workflow';
import { maskIdNumber, maskPhone } from '../../platform/mask';
import type { Locale } from '../../platform/messages';
import { idOfLabel } from '../../platform/scope';
import { type Open311Text, say } from './messages';
import type { CategoryRow, EventFacts, Names, PublicAction, SubmitExtras, TicketRow } from './repo';
import type { ServiceRequest } from './schemas';

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** W3C datetime (the spec's subset of ISO 8601) in China Standard Time: 2026-03-02T09:30:00+08:00. */
export function w3cDate(at: Date): string {
  return `${new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

// Free text goes out to anyone: numbers a resident typed into it (a mobile, a landline, an ID number) are
// masked the way presenters mask the fields themselves (BRIEF §8).
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;
const ID_NUMBER = /(?<![\dXx])\d{17}[\dXx](?![\dXx])/g;

export function maskNumbersInText(text: string): string {
  return text
    .replace(ID_NUMBER, (m) => maskIdNumber(m) ?? '')
    .replace(MOBILE, (m) => maskPhone(m) ?? '')
    .replace(LANDLINE, (m) => maskPhone(m.replace('-', '')) ?? '');
}

export function categoryName(row: CategoryRow, locale: Locale): string {
  return locale === 'en-US' ? row.nameEn : row.nameZh;
}

const STATUS_TEXT: Record<PublicAction, Open311Text> = {
  submit: 'status_submit',
  accept: 'status_accept',
  reject: 'status_reject',
  merge: 'status_merge',
  dispatch: 'status_dispatch',
  pool: 'status_pool',
  receive: 'status_receive',
  claim: 'status_claim',
  progress: 'status_progress',
  resolve: 'status_resolve',
  rate: 'status_rate',
  close: 'status_close',
};

function statusNotes(event: EventFacts | undefined, locale: Locale): string | null {
  if (!event) {
    return null;
  }
  if (event.note) {
    return maskNumbersInText(event.note);
  }
  return say(STATUS_TEXT[event.action], locale, {
    unit: String(event.data.unitName ?? ''),
    number: String(event.data.intoNumber ?? ''),
  });
}

/**
 * A ticket as a GeoReport service request: an allow-list with nothing about the person who asked (no name,
 * no phone, no account) — GET answers may be public.
 */
export function presentRequest(
  row: TicketRow,
  names: Names,
  facts: { latest: EventFacts | undefined; extras: Partial<SubmitExtras> | undefined },
  locale: Locale,
): ServiceRequest {
  const cat = row.categoryId ? names.categories.get(row.categoryId) : undefined;
  const ownerId = idOfLabel(row.ownerPath.split('.').at(-1) ?? '');
  const where = names.places.get(row.placeId);
  return {
    service_request_id: row.id,
    status: OPEN_STATES.includes(row.state) ? 'open' : 'closed',
    status_notes: statusNotes(facts.latest, locale),
    service_name: cat ? categoryName(cat, locale) : null,
    service_code: cat?.code ?? null,
    description: maskNumbersInText(row.description),
    agency_responsible:
      (row.unitId ? names.units.get(row.unitId) : undefined) ?? names.places.get(ownerId)?.name ?? null,
    service_notice: null,
    requested_datetime: w3cDate(row.createdAt),
    updated_datetime: w3cDate(row.updatedAt),
    expected_datetime: w3cDate(row.handleDueAt),
    address: row.address ? maskNumbersInText(row.address) : (where?.name ?? null),
    address_id: where?.code ?? null,
    zipcode: null,
    lat: row.lat,
    long: row.lng,
    media_url: typeof facts.extras?.mediaUrl === 'string' ? facts.extras.mediaUrl : null,
  };
}
