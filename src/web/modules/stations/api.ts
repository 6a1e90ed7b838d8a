import { api, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type StationQuery = NonNullable<paths['/api/stations']['get']['parameters']['query']>;
/** The list's filters (everything but the paging). */
export type StationFilters = Omit<StationQuery, 'limit' | 'cursor'>;

export const stationKeys = domainKeys('stations');

export const listStations = (query: StationQuery) => ok(api.GET('/api/stations', { params: { query } }));

export const createStation = (body: JsonBody<'/api/stations', 'post'>) =>
  ok(api.POST('/api/stations', { body }));

export const updateStation = (id: string, body: JsonBody<'/api/stations/{id}', 'put'>) =>
  ok(api.PUT('/api/stations/{id}', { params: { path: { id } }, body }));

export const deleteStation = (id: string) =>
  ok(api.DELETE('/api/stations/{id}', { params: { path: { id } } }));
