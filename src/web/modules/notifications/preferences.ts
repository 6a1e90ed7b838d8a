import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoticePreferences, NoticePreferencesUpdate } from '../../../shared/notifications';
import { get, put } from '../../api/client';

const KEY = ['notifications', 'preferences'];

/** The signed-in person's channels for notices (the inbox is always on). */
export function useNoticePreferences() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => get<NoticePreferences>('/api/notifications/preferences'),
  });
}

/** Sets the signed-in person's own channels; the answer replaces the cached choice. */
export function useUpdateNoticePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (choice: NoticePreferencesUpdate) =>
      put<NoticePreferences>('/api/notifications/preferences', choice),
    onSuccess: (saved) => client.setQueryData(KEY, saved),
  });
}
