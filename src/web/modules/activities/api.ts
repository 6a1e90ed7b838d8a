import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZActivity, ZAttendance, ZMySignup } from '../../../shared/activities';
import { api, filesBody, type JsonBody, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

export type Activity = z.infer<typeof ZActivity>;
export type MySignup = z.infer<typeof ZMySignup>;
export type Attendance = z.infer<typeof ZAttendance>;
type ActivityQuery = NonNullable<paths['/api/activities']['get']['parameters']['query']>;
export type ActivityCreateBody = JsonBody<'/api/activities', 'post'>;

export const activityKeys = {
  ...domainKeys('activities'),
  mine: () => ['activities', 'mine'] as const,
  attendance: (id: string) => ['activities', 'detail', id, 'attendance'] as const,
  code: (id: string) => ['activities', 'detail', id, 'code'] as const,
};

export const listActivities = (query: ActivityQuery) => ok(api.GET('/api/activities', { params: { query } }));

/** Every activity of a range (a calendar's month or week), page after page. */
export async function listAllActivities(query: Omit<ActivityQuery, 'limit' | 'cursor'>): Promise<Activity[]> {
  const all: Activity[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await listActivities({ ...query, limit: 100, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    if (!page.nextCursor) {
      break;
    }
    cursor = page.nextCursor;
  }
  return all;
}

export function useActivities(query: Omit<ActivityQuery, 'limit' | 'cursor'>) {
  return useQuery({ queryKey: activityKeys.list(query), queryFn: () => listAllActivities(query) });
}

export function useMySignups() {
  return useQuery({
    queryKey: activityKeys.mine(),
    queryFn: () => ok(api.GET('/api/activity-signups')).then((r) => r.items),
  });
}

export function useAttendance(id: string | null) {
  return useQuery({
    queryKey: activityKeys.attendance(id ?? ''),
    queryFn: () => ok(api.GET('/api/activities/{id}/attendance', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
  });
}

export function useCheckinCode(id: string | null) {
  return useQuery({
    queryKey: activityKeys.code(id ?? ''),
    queryFn: () => ok(api.GET('/api/activities/{id}/checkin-code', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
  });
}

/** The QR image's address (an <img> source: WeChat's long-press scan reads images). */
export const checkinPngUrl = (id: string) => `/api/activities/${id}/checkin-code.png`;

export const createActivity = (body: ActivityCreateBody) => ok(api.POST('/api/activities', { body }));
export const updateActivity = (id: string, body: JsonBody<'/api/activities/{id}', 'put'>) =>
  ok(api.PUT('/api/activities/{id}', { params: { path: { id } }, body }));
export const moveActivity = (id: string, body: JsonBody<'/api/activities/{id}/actions', 'post'>) =>
  ok(api.POST('/api/activities/{id}/actions', { params: { path: { id } }, body }));
export const signUp = (id: string, other?: { name: string; phone: string }) =>
  ok(api.POST('/api/activities/{id}/signups', { params: { path: { id } }, body: other ?? null }));
export const cancelSignup = (id: string, signupId: string) =>
  ok(api.DELETE('/api/activities/{id}/signups/{signupId}', { params: { path: { id, signupId } } }));
export const listActivityPhotos = (id: string) =>
  ok(api.GET('/api/activities/{id}/photos', { params: { path: { id } } }));

/** An activity's photos, under the same key the console's photo panel refreshes. */
export function useActivityPhotos(id: string) {
  return useQuery({
    queryKey: [...activityKeys.detail(id), 'photos'],
    queryFn: () => listActivityPhotos(id),
  });
}
export const uploadActivityPhotos = (id: string, files: File[]) =>
  ok(api.POST('/api/activities/{id}/photos', { params: { path: { id } }, ...filesBody(files) }));
export const deleteActivityPhoto = (id: string, photoId: string) =>
  ok(api.DELETE('/api/activities/{id}/photos/{photoId}', { params: { path: { id, photoId } } }));

export const checkIn = (token: string) => ok(api.POST('/api/activities/checkin', { body: { token } }));

/** A change to activities refreshes every list, detail and the caller's sign-ups. */
export function useActivityMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: activityKeys.all }),
  });
}
