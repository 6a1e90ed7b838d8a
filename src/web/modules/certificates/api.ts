import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { domainKeys } from '../../api/keys';

export const certificateKeys = domainKeys('certificates');

/** The public check of a certificate by the number printed on it (the QR code opens it). */
export function useCertificateCheck(number: string) {
  return useQuery({
    queryKey: certificateKeys.detail(number),
    queryFn: () => ok(api.GET('/api/certificates/{number}', { params: { path: { number } } })),
    retry: false,
  });
}

/** Where a volunteer's certificate is downloaded (a PDF the browser opens itself). */
export function certificateUrl(accountId: string, period: { from?: string; to?: string } = {}): string {
  const query = new URLSearchParams(
    Object.entries(period).filter(([, v]) => Boolean(v)) as [string, string][],
  );
  const tail = query.size > 0 ? `?${query}` : '';
  return `/api/volunteers/${encodeURIComponent(accountId)}/certificate.pdf${tail}`;
}
