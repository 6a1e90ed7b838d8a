import { api, type JsonBody, ok } from '../../api/client';
import { downloadFile } from '../../api/files';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type RoundQuery = NonNullable<paths['/api/selection/rounds']['get']['parameters']['query']>;
type ReviewQuery = NonNullable<paths['/api/reviews']['get']['parameters']['query']>;
export type RoundBody = JsonBody<'/api/selection/rounds', 'post'>;
export type CandidateBody = JsonBody<'/api/selection/rounds/{id}/candidates', 'post'>;
export type ScreenBody = JsonBody<'/api/selection/rounds/{id}/candidates/{candidateId}/screen', 'post'>;
export type VoterBody = JsonBody<'/api/selection/rounds/{id}/voters', 'post'>;
export type RoundMoveBody = JsonBody<'/api/selection/rounds/{id}/actions', 'post'>;
export type ReviewBody = JsonBody<'/api/reviews', 'post'>;
export type RatingBody = JsonBody<'/api/selection/ballots/{id}/ratings', 'post'>;

export const selectionKeys = {
  ...domainKeys('selection'),
  ballots: () => ['selection', 'ballots'] as const,
  ballot: (id: string) => ['selection', 'ballots', id] as const,
  publicRounds: () => ['selection', 'public'] as const,
};
export const reviewKeys = domainKeys('reviews');

export const listRounds = (query: RoundQuery) => ok(api.GET('/api/selection/rounds', { params: { query } }));
export const getRound = (id: string) =>
  ok(api.GET('/api/selection/rounds/{id}', { params: { path: { id } } }));
export const createRound = (body: RoundBody) => ok(api.POST('/api/selection/rounds', { body }));
export const addCandidate = (id: string, body: CandidateBody) =>
  ok(api.POST('/api/selection/rounds/{id}/candidates', { params: { path: { id } }, body }));
export const screenCandidate = (id: string, candidateId: string, body: ScreenBody) =>
  ok(
    api.POST('/api/selection/rounds/{id}/candidates/{candidateId}/screen', {
      params: { path: { id, candidateId } },
      body,
    }),
  );
export const registerVoters = (id: string, body: VoterBody) =>
  ok(api.POST('/api/selection/rounds/{id}/voters', { params: { path: { id } }, body }));
export const moveRound = (id: string, body: RoundMoveBody) =>
  ok(api.POST('/api/selection/rounds/{id}/actions', { params: { path: { id } }, body }));

export const listMyBallots = () => ok(api.GET('/api/selection/ballots'));
export const castBallot = (id: string, candidateIds: string[]) =>
  ok(api.POST('/api/selection/ballots/{id}', { params: { path: { id } }, body: { candidateIds } }));
export const rateProject = (id: string, body: RatingBody) =>
  ok(api.POST('/api/selection/ballots/{id}/ratings', { params: { path: { id } }, body }));
export const listPublicRounds = () => ok(api.GET('/api/public/selection/rounds'));

export const listReviews = (query: ReviewQuery) => ok(api.GET('/api/reviews', { params: { query } }));
export const createReview = (body: ReviewBody) => ok(api.POST('/api/reviews', { body }));

/** The round as an Excel workbook (candidates by rank, votes, satisfaction). */
export const exportRound = (id: string, name: string) =>
  downloadFile(`/api/selection/rounds/${encodeURIComponent(id)}/export`, {}, `${name}.xlsx`);
