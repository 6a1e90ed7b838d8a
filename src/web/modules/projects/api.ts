import { api, type JsonBody, multipart, ok } from '../../api/client';
import { downloadFile } from '../../api/files';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type ProjectQuery = NonNullable<paths['/api/projects']['get']['parameters']['query']>;
/** The list's filters (everything but the paging). */
export type ProjectFilters = Omit<ProjectQuery, 'limit' | 'cursor'>;
export type ProjectCreateBody = JsonBody<'/api/projects', 'post'>;
export type ProjectPatchBody = JsonBody<'/api/projects/{id}', 'patch'>;
export type ReportBody = JsonBody<'/api/projects/{id}/reports', 'post'>;

export const projectKeys = {
  ...domainKeys('projects'),
  reports: (id: string) => ['projects', 'reports', id] as const,
  publicList: (placeId: string | null) => ['projects', 'public', 'list', placeId] as const,
  publicDetail: (id: string) => ['projects', 'public', 'detail', id] as const,
};

export const listProjects = (query: ProjectQuery) => ok(api.GET('/api/projects', { params: { query } }));

export const getProject = (id: string, asOf?: string) =>
  ok(api.GET('/api/projects/{id}', { params: { path: { id }, query: asOf ? { asOf } : {} } }));

export const createProject = (body: ProjectCreateBody) => ok(api.POST('/api/projects', { body }));

export const patchProject = (id: string, body: ProjectPatchBody) =>
  ok(api.PATCH('/api/projects/{id}', { params: { path: { id } }, body }));

export const publishProject = (id: string, isPublished: boolean) =>
  ok(api.POST('/api/projects/{id}/publish', { params: { path: { id } }, body: { isPublished } }));

export const acceptProject = (id: string, result: string) =>
  ok(api.POST('/api/projects/{id}/accept', { params: { path: { id } }, body: { result } }));

export const addMilestone = (id: string, body: JsonBody<'/api/projects/{id}/milestones', 'post'>) =>
  ok(api.POST('/api/projects/{id}/milestones', { params: { path: { id } }, body }));

export const updateMilestone = (
  id: string,
  milestoneId: string,
  body: JsonBody<'/api/projects/{id}/milestones/{milestoneId}', 'put'>,
) =>
  ok(api.PUT('/api/projects/{id}/milestones/{milestoneId}', { params: { path: { id, milestoneId } }, body }));

export const deleteMilestone = (id: string, milestoneId: string) =>
  ok(api.DELETE('/api/projects/{id}/milestones/{milestoneId}', { params: { path: { id, milestoneId } } }));

export const listReports = (id: string) =>
  ok(api.GET('/api/projects/{id}/reports', { params: { path: { id } } }));

export const fileReport = (id: string, body: ReportBody) =>
  ok(api.POST('/api/projects/{id}/reports', { params: { path: { id } }, body }));

export const linkTicket = (id: string, ticketId: string) =>
  ok(api.POST('/api/projects/{id}/tickets', { params: { path: { id } }, body: { ticketId } }));

export const unlinkTicket = (id: string, ticketId: string) =>
  ok(api.DELETE('/api/projects/{id}/tickets/{ticketId}', { params: { path: { id, ticketId } } }));

export const followProject = (id: string, on: boolean) =>
  on
    ? ok(api.PUT('/api/projects/{id}/follow', { params: { path: { id } } }))
    : ok(api.DELETE('/api/projects/{id}/follow', { params: { path: { id } } }));

/** Sends the photos in one multipart request (field `files`). */
export function uploadProjectPhotos(id: string, files: File[]) {
  const form = new FormData();
  for (const file of files) {
    form.append('files', file, file.name);
  }
  return ok(api.POST('/api/projects/{id}/photos', { params: { path: { id } }, ...multipart(form) }));
}

export const listPublicProjects = (
  query: NonNullable<paths['/api/public/projects']['get']['parameters']['query']>,
) => ok(api.GET('/api/public/projects', { params: { query } }));

export const getPublicProject = (id: string) =>
  ok(api.GET('/api/public/projects/{id}', { params: { path: { id } } }));

/** The list as a workbook, with the same filters. */
export const exportProjects = (filters: ProjectFilters) =>
  downloadFile('/api/projects/export', filters, 'projects.xlsx');

/** The antd colour of each status tag: behind yellow, seriously behind and overdue red (words beside it). */
export const STATUS_COLORS = {
  on_track: 'green',
  behind: 'gold',
  seriously_behind: 'red',
  overdue: 'volcano',
  done: 'blue',
} as const;

export const promoteTicket = (body: JsonBody<'/api/projects/promote', 'post'>) =>
  ok(api.POST('/api/projects/promote', { body }));

export const marginKeys = { at: (placeId: string) => ['projects', 'margins', placeId] as const };

export const getMargins = (placeId: string) =>
  ok(api.GET('/api/projects/margins', { params: { query: { placeId } } }));

export const setMargins = (body: JsonBody<'/api/projects/margins', 'put'>) =>
  ok(api.PUT('/api/projects/margins', { body }));
