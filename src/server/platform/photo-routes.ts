import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from './context';
import type { FileStore } from './files';
import { type AppServices, inScope } from './http';
import type { RouteAuth } from './permissions';
import { discardFiles, readUploads } from './photos';

type App = Parameters<FastifyPluginAsyncZod>[0];
const ZId = z.object({ id: z.uuid() });
const ZPhotoId = z.object({ id: z.uuid(), photoId: z.uuid() });

/** The photos of one kind of subject (a station, an activity, a project), as its module serves them. */
export type PhotoSubject<P extends z.ZodType> = {
  /** Where they live, e.g. `/api/stations/:id/photos`. */
  path: string;
  tags: string[];
  /** The subject in the API document's summaries, e.g. "a station". */
  noun: string;
  max: number;
  auth: { read: RouteAuth; write: RouteAuth };
  photo: P;
  find: (ctx: Ctx, id: string) => Promise<z.infer<P>[]>;
  add: (ctx: Ctx, store: FileStore, id: string, files: Buffer[]) => Promise<z.infer<P>[]>;
  read: (ctx: Ctx, store: FileStore, id: string, photoId: string) => Promise<{ bytes: Buffer; mime: string }>;
  /** Takes one off and answers the stored keys to delete after the commit; none when photos stay. */
  remove?: (ctx: Ctx, id: string, photoId: string) => Promise<string[]>;
};

/** Lists, adds, serves and (where the subject allows) takes off a subject's photos, each in its own transaction. */
export function registerPhotoRoutes<P extends z.ZodType>(
  app: App,
  services: AppServices,
  s: PhotoSubject<P>,
) {
  const { tags } = s;
  app.get(
    s.path,
    {
      config: { auth: s.auth.read },
      schema: {
        tags,
        summary: `The photos of ${s.noun}, oldest first (each url serves the bytes)`,
        params: ZId,
        response: { 200: z.array(s.photo) },
      },
    },
    (req) => inScope(services, req, (ctx) => s.find(ctx, req.params.id)),
  );
  app.post(
    s.path,
    {
      config: { auth: s.auth.write },
      schema: {
        tags,
        summary: `Add photos of ${s.noun} (multipart field \`files\`; JPEG, PNG or WebP, ≤ 10 MB each, ${s.max} at most)`,
        params: ZId,
        consumes: ['multipart/form-data'],
        response: { 201: z.array(s.photo) },
      },
    },
    async (req, reply) => {
      const files = await readUploads(req);
      const photos = await inScope(services, req, (ctx) => s.add(ctx, services.files, req.params.id, files));
      return reply.status(201).send(photos);
    },
  );
  app.get(
    `${s.path}/:photoId`,
    {
      config: { auth: s.auth.read },
      schema: {
        tags,
        summary: `A photo of ${s.noun} (metadata stripped but for its office)`,
        params: ZPhotoId,
      },
    },
    async (req, reply) => {
      const photo = await inScope(services, req, (ctx) =>
        s.read(ctx, services.files, req.params.id, req.params.photoId),
      );
      return reply.type(photo.mime).header('cache-control', 'private, max-age=3600').send(photo.bytes);
    },
  );
  const { remove } = s;
  if (remove) {
    app.delete(
      `${s.path}/:photoId`,
      {
        config: { auth: s.auth.write },
        schema: {
          tags,
          summary: `Take a photo off ${s.noun}`,
          params: ZPhotoId,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        const keys = await inScope(services, req, (ctx) => remove(ctx, req.params.id, req.params.photoId));
        await discardFiles(services.files, keys, req.log);
        return reply.status(204).send(null);
      },
    );
  }
}
