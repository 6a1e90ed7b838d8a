import { useQuery } from '@tanstack/react-query';
import { api, type JsonBody, ok } from '../../api/client';

/** The policy as the API takes and gives it. */
export type SecurityPolicy = JsonBody<'/api/security/policy', 'put'>;

export const securityKeys = {
  all: ['security'] as const,
  policy: ['security', 'policy'] as const,
};

export function useSecurityPolicy() {
  return useQuery({ queryKey: securityKeys.policy, queryFn: () => ok(api.GET('/api/security/policy')) });
}

export const saveSecurityPolicy = (body: JsonBody<'/api/security/policy', 'put'>) =>
  ok(api.PUT('/api/security/policy', { body }));
