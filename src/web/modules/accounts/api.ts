import { api, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type AccountQuery = NonNullable<paths['/api/accounts']['get']['parameters']['query']>;
/** The list's filters (everything but the paging). */
export type AccountFilters = Omit<AccountQuery, 'limit' | 'cursor'>;

export const accountKeys = domainKeys('accounts');

export const listAccounts = (query: AccountQuery) => ok(api.GET('/api/accounts', { params: { query } }));

export const createAccount = (body: JsonBody<'/api/accounts', 'post'>) =>
  ok(api.POST('/api/accounts', { body }));

export const updateAccount = (id: string, body: JsonBody<'/api/accounts/{id}', 'patch'>) =>
  ok(api.PATCH('/api/accounts/{id}', { params: { path: { id } }, body }));

/** Records which groups a resident belongs to (一老一小). */
export const setResidentGroups = (id: string, body: JsonBody<'/api/accounts/{id}/groups', 'put'>) =>
  ok(api.PUT('/api/accounts/{id}/groups', { params: { path: { id } }, body }));

/** Sets another account's password (it must change it at next sign-in). */
export const setAccountPassword = (id: string, body: JsonBody<'/api/accounts/{id}/password', 'post'>) =>
  ok(api.POST('/api/accounts/{id}/password', { params: { path: { id } }, body }));

export const unlockAccount = (id: string) =>
  ok(api.POST('/api/accounts/{id}/unlock', { params: { path: { id } } }));

/** The unmasked phone and ID number; the server writes an audit entry for every reveal. */
export const revealAccount = (id: string) =>
  ok(api.POST('/api/accounts/{id}/reveal', { params: { path: { id } } }));
