import { z } from 'zod';
import { ZDay } from './deadlines';

/**
 * A certificate's number: `ZM`, the day it was issued and eight random characters from an alphabet without
 * look-alikes (0/O, 1/I), so that it can be read out on the phone and not guessed.
 */
export const CERTIFICATE_NUMBER = /^ZM\d{8}-[2-9A-HJ-NP-Z]{8}$/;
export const ZCertificateNumber = z.string().regex(CERTIFICATE_NUMBER).describe('e.g. ZM20261203-7KQ4M2XD');

/** `GET /api/volunteers/{accountId}/certificate.pdf`: the period to certify (default: all service up to today). */
export const ZCertificateQuery = z.object({
  from: ZDay.optional(),
  to: ZDay.optional(),
});

/** `GET /api/certificates/{number}`: what the public verification page shows (the name masked). */
export const ZCertificateCheck = z.object({
  number: z.string(),
  volunteerName: z.string().describe('masked: 李**'),
  volunteerNumber: z.string().nullable(),
  minutes: z.number().int(),
  periodFrom: z.string(),
  periodTo: z.string(),
  issuerName: z.string(),
  issuedAt: z.string().describe('ISO 8601 with offset'),
});
export type CertificateCheck = z.infer<typeof ZCertificateCheck>;

/** Minutes as hours with one decimal, the way certificates state time: 90 → "1.5". */
export function hoursOf(minutes: number): string {
  return (Math.round(minutes / 6) / 10).toFixed(1);
}
