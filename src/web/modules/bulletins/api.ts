import { api, type JsonBody, ok } from '../../api/client';
import { downloadFile } from '../../api/files';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type BulletinQuery = NonNullable<paths['/api/bulletins']['get']['parameters']['query']>;
export type BulletinFilters = Omit<BulletinQuery, 'limit' | 'cursor'>;
export type BulletinGenerateBody = JsonBody<'/api/bulletins', 'post'>;

export const bulletinKeys = {
  ...domainKeys('bulletins'),
  urgings: (projectId?: string) => ['bulletins', 'urgings', projectId ?? null] as const,
};

export const listBulletins = (query: BulletinQuery) => ok(api.GET('/api/bulletins', { params: { query } }));

export const getBulletin = (id: string) => ok(api.GET('/api/bulletins/{id}', { params: { path: { id } } }));

export const generateBulletin = (body: BulletinGenerateBody) => ok(api.POST('/api/bulletins', { body }));

export const listUrgings = (projectId?: string) =>
  ok(api.GET('/api/bulletins/urgings', { params: { query: projectId ? { projectId } : {} } }));

export const downloadBulletinWorkbook = (id: string) =>
  downloadFile(`/api/bulletins/${encodeURIComponent(id)}/export`, {}, 'bulletin.xlsx');

export const downloadBulletinPdf = (id: string) =>
  downloadFile(`/api/bulletins/${encodeURIComponent(id)}/pdf`, {}, 'bulletin.pdf');
