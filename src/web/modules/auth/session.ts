import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Me } from '../../../shared/accounts';
import { ApiError, api, type JsonBody, ok } from '../../api/client';

export const authKeys = {
  all: ['auth'] as const,
  /** The signed-in account, or null: both faces read it from this one cache entry. */
  me: ['auth', 'me'] as const,
};

/** The signed-in account, or null. */
export function useMe() {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await ok(api.GET('/api/auth/me'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return async (username: string, password: string, totp?: string) => {
    const me = await ok(
      api.POST('/api/auth/login', { body: { username, password, ...(totp ? { totp } : {}) } }),
    );
    client.setQueryData(authKeys.me, me);
    return me;
  };
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.POST('/api/auth/logout').catch(() => undefined);
    client.clear();
    client.setQueryData(authKeys.me, null);
  };
}

export const register = (body: JsonBody<'/api/auth/register', 'post'>) =>
  ok(api.POST('/api/auth/register', { body }));

export const sendSmsCode = (body: JsonBody<'/api/auth/sms-code', 'post'>) =>
  ok(api.POST('/api/auth/sms-code', { body }));

export const resetPassword = (body: JsonBody<'/api/auth/password-reset', 'post'>) =>
  ok(api.POST('/api/auth/password-reset', { body }));

/** Changes the caller's own password; the server ends every session of the account, this one included. */
export const changePassword = (body: JsonBody<'/api/auth/password', 'post'>) =>
  ok(api.POST('/api/auth/password', { body }));

export const updateMe = (body: JsonBody<'/api/auth/me', 'patch'>) => ok(api.PATCH('/api/auth/me', { body }));

export const bindWechat = (body: JsonBody<'/api/auth/wechat/bind', 'post'>) =>
  ok(api.POST('/api/auth/wechat/bind', { body }));

export const unbindWechat = () => ok(api.DELETE('/api/auth/wechat/bind'));

export const setUpTotp = () => ok(api.POST('/api/auth/totp/setup'));

export const confirmTotp = (code: string) => ok(api.POST('/api/auth/totp/confirm', { body: { code } }));

/**
 * Any 401 from the API (idle time-out, signed out elsewhere) drops the cached account, which sends the face
 * back to its sign-in; `onExpired` lets the face say why.
 */
export function useSignOutOnExpiry(onExpired?: () => void) {
  const client = useQueryClient();
  // The latest callback, without re-subscribing to the caches whenever the face re-renders.
  const expired = useRef(onExpired);
  expired.current = onExpired;
  useEffect(() => {
    const onError = (error: unknown) => {
      if (error instanceof ApiError && error.status === 401 && client.getQueryData(authKeys.me)) {
        client.setQueryData(authKeys.me, null);
        expired.current?.();
      }
    };
    const offQueries = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') {
        onError(event.action.error);
      }
    });
    const offMutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') {
        onError(event.action.error);
      }
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [client]);
}
