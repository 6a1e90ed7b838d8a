import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import { notificationKeys } from './preferences';

// The unread count is asked again every minute while a page is open, so the bell stays current without a push.
const POLL_MS = 60_000;
const LATEST = 30;

export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: [...notificationKeys.all, 'unread'] as const,
    queryFn: () => ok(api.GET('/api/notifications/unread-count')),
    refetchInterval: POLL_MS,
    enabled,
  });
}

/** The latest notices, newest first. */
export function useInbox(enabled = true) {
  return useQuery({
    queryKey: [...notificationKeys.all, 'list'] as const,
    queryFn: () => ok(api.GET('/api/notifications', { params: { query: { limit: LATEST } } })),
    enabled,
  });
}

/** Marks one notice read, or all of them; the bell and the list refresh. */
export function useMarkRead() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: notificationKeys.all });
  return {
    one: useMutation({
      mutationFn: (id: string) => ok(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
      onSuccess: refresh,
    }),
    all: useMutation({
      mutationFn: () => ok(api.POST('/api/notifications/read-all')),
      onSuccess: refresh,
    }),
  };
}

type Face = 'console' | 'mobile';

/** Where a notice leads on each face: its subject's page. Unknown subject types lead nowhere. */
const SUBJECT_PAGES: Record<string, { console: string; mobile: string }> = {
  ticket: { console: '/console/tickets/', mobile: '/m/tickets/' },
};

function subjectPage(face: Face, notice: { subjectType: string; subjectId: string }): string | null {
  const pages = SUBJECT_PAGES[notice.subjectType];
  return pages ? `${pages[face]}${notice.subjectId}` : null;
}

/**
 * Opening a notice: it is read from then on, and its subject's page opens on this face. Answers whether a page
 * opened (a notice about an unknown subject only turns read).
 */
export function useOpenNotice(face: Face) {
  const mark = useMarkRead();
  const navigate = useNavigate();
  return (notice: { id: string; isRead: boolean; subjectType: string; subjectId: string }): boolean => {
    if (!notice.isRead) {
      mark.one.mutate(notice.id);
    }
    const to = subjectPage(face, notice);
    if (to) {
      void navigate(to);
    }
    return to !== null;
  };
}
