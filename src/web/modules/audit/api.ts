import { api, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type AuditQuery = NonNullable<paths['/api/audit']['get']['parameters']['query']>;
/** The trail's filters (everything but the paging). */
export type AuditFilters = Omit<AuditQuery, 'limit' | 'cursor'>;

export const auditKeys = domainKeys('audit');

export const listAudit = (query: AuditQuery) => ok(api.GET('/api/audit', { params: { query } }));

/** Recomputes the keyed chain and checks the signed checkpoints. */
export const verifyAudit = () => ok(api.POST('/api/audit/verify'));
