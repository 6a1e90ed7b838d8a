import { api, filesBody, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type StationQuery = NonNullable<paths['/api/stations']['get']['parameters']['query']>;
/** The list's filters (everything but the paging). */
export type StationFilters = Omit<StationQuery, 'limit' | 'cursor'>;
export type RoomBody = JsonBody<'/api/stations/{id}/rooms', 'post'>;
export type BookingBody = JsonBody<'/api/stations/{id}/rooms/{roomId}/bookings', 'post'>;

export const stationKeys = domainKeys('stations');
export const bookingKeys = {
  week: (stationId: string, from: string) => ['stations', 'bookings', stationId, from] as const,
};

export const listStations = (query: StationQuery) => ok(api.GET('/api/stations', { params: { query } }));

/** Every station the caller can read (a region has a few hundred at most), for the tree. */
export async function listAllStations(filters: StationFilters) {
  const all = [];
  let cursor: string | undefined;
  do {
    const page = await listStations({ ...filters, limit: 100, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export const getStation = (id: string) => ok(api.GET('/api/stations/{id}', { params: { path: { id } } }));

export const createStation = (body: JsonBody<'/api/stations', 'post'>) =>
  ok(api.POST('/api/stations', { body }));

export const updateStation = (id: string, body: JsonBody<'/api/stations/{id}', 'put'>) =>
  ok(api.PUT('/api/stations/{id}', { params: { path: { id } }, body }));

export const deleteStation = (id: string) =>
  ok(api.DELETE('/api/stations/{id}', { params: { path: { id } } }));

/** The contact unmasked: the server writes an audit entry for every call, so the screen keeps the answer. */
export const revealStationContact = (id: string) =>
  ok(api.POST('/api/stations/{id}/contact', { params: { path: { id } } }));

export const addRoom = (id: string, body: RoomBody) =>
  ok(api.POST('/api/stations/{id}/rooms', { params: { path: { id } }, body }));

export const updateRoom = (id: string, roomId: string, body: RoomBody) =>
  ok(api.PUT('/api/stations/{id}/rooms/{roomId}', { params: { path: { id, roomId } }, body }));

export const deleteRoom = (id: string, roomId: string) =>
  ok(api.DELETE('/api/stations/{id}/rooms/{roomId}', { params: { path: { id, roomId } } }));

export const listBookings = (id: string, from: string, days = 7) =>
  ok(api.GET('/api/stations/{id}/bookings', { params: { path: { id }, query: { from, days } } }));

export const bookRoom = (id: string, roomId: string, body: BookingBody) =>
  ok(api.POST('/api/stations/{id}/rooms/{roomId}/bookings', { params: { path: { id, roomId } }, body }));

export const cancelBooking = (id: string, bookingId: string) =>
  ok(api.POST('/api/stations/{id}/bookings/{bookingId}/cancel', { params: { path: { id, bookingId } } }));

export const listStationPhotos = (id: string) =>
  ok(api.GET('/api/stations/{id}/photos', { params: { path: { id } } }));

/** Sends the photos in one multipart request. */
export const uploadStationPhotos = (id: string, files: File[]) =>
  ok(api.POST('/api/stations/{id}/photos', { params: { path: { id } }, ...filesBody(files) }));

export const deleteStationPhoto = (id: string, photoId: string) =>
  ok(api.DELETE('/api/stations/{id}/photos/{photoId}', { params: { path: { id, photoId } } }));

/** A resident's stations: those of their home's place chain. */
export const listNearbyStations = () => ok(api.GET('/api/stations/nearby'));

/** Today's opening spans of a room as text (08:30–11:30, 14:00–17:30), or null when closed. */
export function hoursOn(hours: { weekday: number; opens: string; closes: string }[], weekday: number) {
  const spans = hours.filter((h) => h.weekday === weekday).map((h) => `${h.opens}–${h.closes}`);
  return spans.length > 0 ? spans.join(', ') : null;
}
