import { OPEN_STATES } from '../../../shared/ticket-workflow';
import type { TicketState } from '../../../shared/tickets';
import { maskIdNumber, maskPhone } from '../../platform/mask';
import type { Locale } from '../../platform/messages';
import { idOfLabel } from '../../platform/scope';
import { w3cIn } from '../../platform/time-zone';
import { type Open311Text, say } from './messages';
import {
  type CategoryRow,
  type EventFacts,
  type Names,
  type PublicAction,
  publicFacts,
  type SubmitExtras,
  type TicketRow,
} from './repo';
import type { RequestUpdate, ServiceRequest, UpdateStatus } from './schemas';

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

function statusNotes(event: EventFacts | undefined, withNote: boolean, locale: Locale): string | null {
  if (!event) {
    return null;
  }
  if (event.note && withNote) {
    return maskNumbersInText(event.note);
  }
  return say(STATUS_TEXT[event.action], locale, {
    unit: String(event.data.unitName ?? ''),
    number: String(event.data.intoNumber ?? ''),
  });
}

/** The notice a request carries: its ticket number and handling deadline (the POST answer says the same). */
export function serviceNotice(
  row: Pick<TicketRow, 'number' | 'handleDueAt'>,
  locale: Locale,
  zone: string,
): string {
  return say('service_notice', locale, { number: row.number, due: w3cIn(zone, row.handleDueAt) });
}

/**
 * A ticket as a GeoReport service request: an allow-list with nothing about the person who asked (no name,
 * no phone, no account) — GET answers may be public. What the resident wrote and where (description,
 * address, coordinates, media, the offices' own notes) is shown only when the resident agreed to publication
 * or to the key that filed it; anyone else holding the id learns how it is going and nothing more. Times are
 * W3C datetimes (the spec's subset of ISO 8601) in the installation's zone: 2026-03-02T09:30:00+08:00.
 */
export function presentRequest(
  row: TicketRow,
  names: Names,
  facts: { latest: EventFacts | undefined; extras: Partial<SubmitExtras> | undefined },
  viewerKeyId: string | null,
  locale: Locale,
  zone: string,
): ServiceRequest {
  const cat = row.categoryId ? names.categories.get(row.categoryId) : undefined;
  const ownerId = idOfLabel(row.ownerPath.split('.').at(-1) ?? '');
  const where = names.places.get(row.placeId);
  const open = row.isPublic || (viewerKeyId !== null && facts.extras?.open311KeyId === viewerKeyId);
  const mediaUrl = typeof facts.extras?.mediaUrl === 'string' ? facts.extras.mediaUrl : null;
  return {
    service_request_id: row.id,
    status: OPEN_STATES.includes(row.state) ? 'open' : 'closed',
    status_notes: statusNotes(facts.latest, open, locale),
    service_name: cat ? categoryName(cat, locale) : null,
    service_code: cat?.code ?? null,
    description: open ? maskNumbersInText(row.description) : null,
    agency_responsible:
      (row.unitId ? names.units.get(row.unitId) : undefined) ?? names.places.get(ownerId)?.name ?? null,
    service_notice: serviceNotice(row, locale, zone),
    requested_datetime: w3cIn(zone, row.createdAt),
    updated_datetime: w3cIn(zone, row.updatedAt),
    expected_datetime: w3cIn(zone, row.handleDueAt),
    address: open ? (row.address ? maskNumbersInText(row.address) : (where?.name ?? null)) : null,
    address_id: open ? (where?.code ?? null) : null,
    zipcode: null,
    lat: open ? row.lat : null,
    long: open ? row.lng : null,
    media_url: open ? mediaUrl : null,
  };
}

/** FixMyStreet's statuses for the state a public event left the ticket in. */
const UPDATE_STATUS: Record<TicketState, UpdateStatus> = {
  submitted: 'open',
  accepted: 'investigating',
  rejected: 'no_further_action',
  merged: 'duplicate',
  dispatched: 'action_scheduled',
  pooled: 'action_scheduled',
  received: 'in_progress',
  claimed: 'in_progress',
  in_progress: 'in_progress',
  escalated: 'investigating',
  resolved: 'fixed',
  rated: 'fixed',
  closed: 'closed',
};

/**
 * A public timeline event as a FixMyStreet request update. Only tickets the caller may list have updates
 * (published, or filed by its key), so the office's note is told, numbers masked.
 */
export function presentUpdate(
  event: {
    id: string;
    ticketId: string;
    action: string;
    toState: TicketState;
    note: string | null;
    data: Record<string, unknown>;
    at: Date;
  },
  locale: Locale,
  zone: string,
): RequestUpdate {
  return {
    update_id: event.id,
    service_request_id: event.ticketId,
    status: UPDATE_STATUS[event.toState],
    updated_datetime: w3cIn(zone, event.at),
    description: statusNotes(publicFacts(event), true, locale) ?? '',
    media_url: null,
  };
}
