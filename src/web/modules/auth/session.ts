import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../shared/accounts';
import { ApiError, get, post } from '../../api/client';

/** The signed-in account, or null. Both faces read it from the same cache entry. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await get<Me>('/api/auth/me');
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
    const me = await post<Me>('/api/auth/login', { username, password, ...(totp ? { totp } : {}) });
    client.setQueryData(['me'], me);
    return me;
  };
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await post('/api/auth/logout').catch(() => undefined);
    client.clear();
    client.setQueryData(['me'], null);
  };
}
