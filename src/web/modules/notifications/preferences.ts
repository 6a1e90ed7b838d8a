import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type JsonBody, ok } from '../../api/client';

export const notificationKeys = {
  all: ['notifications'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** The signed-in person's channels for notices (the inbox is always on). */
export function useNoticePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => ok(api.GET('/api/notifications/preferences')),
  });
}

/** Sets the signed-in person's own channels; the answer replaces the cached choice. */
export function useUpdateNoticePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: JsonBody<'/api/notifications/preferences', 'put'>) =>
      ok(api.PUT('/api/notifications/preferences', { body })),
    onSuccess: (saved) => client.setQueryData(notificationKeys.preferences, saved),
  });
}
