import type { FastifyInstance } from 'fastify';

/**
 * POST requests arrives as application/x-www-form-urlencoded (the spec's only body format). Repeated names
 * (attribute[code][]=a&attribute[code][]=b) become arrays. Registered inside the Open311 plugin only.
 */
export function parseFormBodies(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      const fields: Record<string, string | string[]> = {};
      for (const [name, value] of new URLSearchParams(String(body))) {
        const seen = fields[name];
        fields[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
      }
      done(null, fields);
    },
  );
}
