import { api, type JsonBody, ok } from '../../api/client';

// 述议评 and 督查 of key projects: typed calls and query keys (docs/evaluations.md).

export type StatementBody = JsonBody<'/api/projects/{id}/statements', 'post'>;
export type ScoreBody = JsonBody<'/api/projects/{id}/scores', 'post'>;
export type RubricBody = JsonBody<'/api/evaluations/rubric', 'put'>;
export type VoteChoice = JsonBody<'/api/projects/{id}/votes', 'post'>['choice'];

export const evaluationKeys = {
  all: ['evaluations'] as const,
  detail: (id: string, period: string) => ['evaluations', 'detail', id, period] as const,
  comments: (id: string) => ['evaluations', 'comments', id] as const,
  urges: (id: string) => ['evaluations', 'urges', id] as const,
  openUrges: (state: 'open' | 'overdue') => ['evaluations', 'open-urges', state] as const,
  rubric: ['evaluations', 'rubric'] as const,
  publicComments: (id: string) => ['evaluations', 'public-comments', id] as const,
  mine: (id: string) => ['evaluations', 'mine', id] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

export const getEvaluation = (id: string, period: string) =>
  ok(api.GET('/api/projects/{id}/evaluations', { params: { path: { id }, query: { period } } }));
export const fileStatement = (id: string, body: StatementBody) =>
  ok(api.POST('/api/projects/{id}/statements', { ...path(id), body }));
export const editStatement = (id: string, body: Omit<StatementBody, 'period'>) =>
  ok(api.PUT('/api/statements/{id}', { ...path(id), body }));
export const fileScore = (id: string, body: ScoreBody) =>
  ok(api.POST('/api/projects/{id}/scores', { ...path(id), body }));
export const editScore = (id: string, body: Omit<ScoreBody, 'period'>) =>
  ok(api.PUT('/api/scores/{id}', { ...path(id), body }));
export const listComments = (id: string) => ok(api.GET('/api/projects/{id}/comments', path(id)));
export const moderateComment = (id: string, action: 'approve' | 'hide', reason?: string) =>
  ok(
    api.POST('/api/comments/{id}/moderation', {
      ...path(id),
      body: { action, ...(reason ? { reason } : {}) },
    }),
  );
export const getRubric = () => ok(api.GET('/api/evaluations/rubric'));
export const setRubric = (body: RubricBody) => ok(api.PUT('/api/evaluations/rubric', { body }));

export const listProjectUrges = (id: string) => ok(api.GET('/api/projects/{id}/urges', path(id)));
export const urgeProject = (id: string, body: JsonBody<'/api/projects/{id}/urges', 'post'>) =>
  ok(api.POST('/api/projects/{id}/urges', { ...path(id), body }));
export const answerUrge = (id: string, answer: string) =>
  ok(api.POST('/api/urges/{id}/answer', { ...path(id), body: { answer } }));
export const listOpenUrges = (state: 'open' | 'overdue') =>
  ok(api.GET('/api/urges', { params: { query: { state } } }));

export const listPublicComments = (id: string) => ok(api.GET('/api/public/projects/{id}/comments', path(id)));
export const getMyDeliberation = (id: string) =>
  ok(api.GET('/api/projects/{id}/deliberation/mine', path(id)));
export const postComment = (id: string, body: string) =>
  ok(api.POST('/api/projects/{id}/comments', { ...path(id), body: { body } }));
export const castVote = (id: string, choice: VoteChoice) =>
  ok(api.POST('/api/projects/{id}/votes', { ...path(id), body: { choice } }));

/** This month, YYYY-MM, in Beijing time (the server's periods are the installation's months). */
export function thisMonth(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}
