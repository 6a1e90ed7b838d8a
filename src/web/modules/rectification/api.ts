import { api, type JsonBody, ok } from '../../api/client';
import { downloadFile } from '../../api/files';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type ListQuery = NonNullable<paths['/api/rectification-lists']['get']['parameters']['query']>;
export type ListBody = JsonBody<'/api/rectification-lists', 'post'>;
export type ProblemBody = JsonBody<'/api/rectification-lists/{id}/problems', 'post'>;
export type MeasureBody = JsonBody<'/api/rectification-lists/{id}/problems/{problemId}/measures', 'post'>;
export type MeasureMoveBody = JsonBody<'/api/rectification-lists/{id}/measures/{measureId}/actions', 'post'>;
export type ProblemMoveBody = JsonBody<'/api/rectification-lists/{id}/problems/{problemId}/actions', 'post'>;

export const rectificationKeys = domainKeys('rectification');

export const listRectificationLists = (query: ListQuery) =>
  ok(api.GET('/api/rectification-lists', { params: { query } }));

export const getRectificationList = (id: string) =>
  ok(api.GET('/api/rectification-lists/{id}', { params: { path: { id } } }));

export const createRectificationList = (body: ListBody) => ok(api.POST('/api/rectification-lists', { body }));

export const addProblem = (id: string, body: ProblemBody) =>
  ok(api.POST('/api/rectification-lists/{id}/problems', { params: { path: { id } }, body }));

export const addMeasure = (id: string, problemId: string, body: MeasureBody) =>
  ok(
    api.POST('/api/rectification-lists/{id}/problems/{problemId}/measures', {
      params: { path: { id, problemId } },
      body,
    }),
  );

export const moveMeasure = (id: string, measureId: string, body: MeasureMoveBody) =>
  ok(
    api.POST('/api/rectification-lists/{id}/measures/{measureId}/actions', {
      params: { path: { id, measureId } },
      body,
    }),
  );

export const moveProblem = (id: string, problemId: string, body: ProblemMoveBody) =>
  ok(
    api.POST('/api/rectification-lists/{id}/problems/{problemId}/actions', {
      params: { path: { id, problemId } },
      body,
    }),
  );

export const exportRectificationList = (id: string) =>
  downloadFile(`/api/rectification-lists/${encodeURIComponent(id)}/export`, {}, 'rectification.xlsx');
