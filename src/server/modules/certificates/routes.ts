import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCertificateCheck, ZCertificateNumber, ZCertificateQuery } from '../../../shared/certificates';
import { type AppServices, inScope } from '../../platform/http';
import { pickLocale } from '../../platform/messages';
import { checkCertificate, issueCertificate } from './service';
import { ledgerSource } from './source';

const tags = ['certificates'];

export function certificateRoutes(services: AppServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/volunteers/:accountId/certificate.pdf',
      {
        config: { auth: 'certificate.issue' },
        schema: {
          tags,
          summary: 'A volunteer service record certificate (志愿服务记录证明) as PDF',
          description:
            'Certifies the confirmed hours of the period (default: all service up to today), with a QR code that ' +
            'opens the public verification page. The volunteer asks for their own, the office of their area for ' +
            "anyone's there. The same record gives the same certificate number again; every issue is audited. " +
            'Chinese or English by Accept-Language.',
          params: z.object({ accountId: z.uuid() }),
          querystring: ZCertificateQuery,
          produces: ['application/pdf'],
        },
      },
      async (req, reply) => {
        const { number, pdf } = await inScope(services, req, (ctx) =>
          issueCertificate(ctx, ledgerSource, req.params.accountId, req.query, {
            locale: pickLocale(req.headers['accept-language']),
            origin: `${req.protocol}://${req.host}`,
          }),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="${number}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );
    app.get(
      '/api/certificates/:number',
      {
        config: { auth: 'public' },
        schema: {
          tags,
          summary: 'Check a service record certificate by its number (the QR code opens this)',
          description: 'Public: what the certificate states, the name masked. 404 for an unknown number.',
          params: z.object({ number: ZCertificateNumber }),
          response: { 200: ZCertificateCheck },
        },
      },
      (req) => inScope(services, req, (ctx) => checkCertificate(ctx, req.params.number)),
    );
  };
}
