import { api, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type TeamQuery = NonNullable<paths['/api/teams']['get']['parameters']['query']>;
type ApplicationQuery = NonNullable<paths['/api/volunteer-applications']['get']['parameters']['query']>;
/** The lists' filters (everything but the paging). */
export type TeamFilters = Omit<TeamQuery, 'limit' | 'cursor'>;
export type ApplicationFilters = Omit<ApplicationQuery, 'limit' | 'cursor'>;

/** Teams, applications and profiles share one domain: a decision changes all three. */
export const volunteerKeys = domainKeys('volunteers');

export const listTeams = (query: TeamQuery) => ok(api.GET('/api/teams', { params: { query } }));
export const getTeam = (id: string) => ok(api.GET('/api/teams/{id}', { params: { path: { id } } }));
export const listOpenTeams = () => ok(api.GET('/api/teams/open'));
export const updateTeam = (id: string, body: JsonBody<'/api/teams/{id}/profile', 'put'>) =>
  ok(api.PUT('/api/teams/{id}/profile', { params: { path: { id } }, body }));
export const leaveTeam = (id: string) => ok(api.POST('/api/teams/{id}/leave', { params: { path: { id } } }));

export const listApplications = (query: ApplicationQuery) =>
  ok(api.GET('/api/volunteer-applications', { params: { query } }));
export const applyToTeam = (body: JsonBody<'/api/volunteer-applications', 'post'>) =>
  ok(api.POST('/api/volunteer-applications', { body }));
export const approveApplication = (id: string) =>
  ok(api.POST('/api/volunteer-applications/{id}/approve', { params: { path: { id } } }));
export const declineApplication = (id: string, reason: string) =>
  ok(api.POST('/api/volunteer-applications/{id}/decline', { params: { path: { id } }, body: { reason } }));
export const withdrawApplication = (id: string) =>
  ok(api.POST('/api/volunteer-applications/{id}/withdraw', { params: { path: { id } } }));

export const getMyVolunteering = () => ok(api.GET('/api/volunteers/me'));
export const revealVolunteerIdNumber = (accountId: string) =>
  ok(api.POST('/api/volunteers/{accountId}/reveal', { params: { path: { accountId } } }));

/** Matching: who could take an order or a wish that still needs people, and asking some of them. */
export const getVolunteerSuggestions = (id: string) =>
  ok(api.GET('/api/tickets/{id}/volunteer-suggestions', { params: { path: { id } } }));
export const notifyVolunteers = (id: string, accountIds: string[]) =>
  ok(
    api.POST('/api/tickets/{id}/volunteer-suggestions/notify', {
      params: { path: { id } },
      body: { accountIds },
    }),
  );
