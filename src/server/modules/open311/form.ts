import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '../../platform/photos';
import { refuseUnstorable } from '../../platform/storable';

type Fields = Record<string, string | string[]>;

// A GeoReport form has a dozen fields plus attribute[code] ones; far more is not a report.
const MAX_FIELDS = 100;
const media = new WeakMap<FastifyRequest, Buffer[]>();

function addField(fields: Fields, name: string, value: string): void {
  const seen = fields[name];
  fields[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
}

/**
 * POST requests arrives as application/x-www-form-urlencoded (the spec's body format) or, from clients that
 * send photos with the report (FixMyStreet), as multipart/form-data. Both become the same fields: repeated
 * names (attribute[code][]=a&attribute[code][]=b, media_url twice) become arrays; the files of a multipart
 * body are kept for the route (uploadedMedia). Registered inside the Open311 plugin only.
 */
export function parseFormBodies(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      const fields: Fields = {};
      for (const [name, value] of new URLSearchParams(String(body))) {
        addField(fields, name, value);
      }
      done(null, fields);
    },
  );
  // Multipart bodies are parsed by @fastify/multipart into a stream of parts; read them before validation so
  // the schema sees the same fields as for a form. The app-wide check for unstorable text ran before there was
  // a body, so it is repeated here.
  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) {
      return;
    }
    const fields: Fields = {};
    const files: Buffer[] = [];
    const parts = request.parts({
      limits: { fields: MAX_FIELDS, files: MAX_PHOTOS, fileSize: MAX_PHOTO_BYTES },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.file.truncated) {
          throw new AppError('payload_too_large');
        }
        files.push(bytes);
      } else {
        addField(fields, part.fieldname, String(part.value));
      }
    }
    refuseUnstorable(request, [[fields, 'body']]);
    request.body = fields;
    media.set(request, files);
  });
}

/** The photos a multipart POST carried (none for a form). */
export function uploadedMedia(request: FastifyRequest): Buffer[] {
  return media.get(request) ?? [];
}
