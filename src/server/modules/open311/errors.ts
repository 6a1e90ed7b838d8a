import type { FastifyInstance } from 'fastify';
import type { Problem } from '../../../shared/errors';
import { sendProblem } from '../../platform/problem';
import { CONTENT_TYPES, formatOfUrl, render } from './format';
import { open311Error } from './messages';

/** The spec's error list from a problem: one entry per field when there are fields, else the title. */
export function errorsOf(problem: Problem): { code: number; description: string }[] {
  if (problem.errors && problem.errors.length > 0) {
    return problem.errors.map((f) => ({
      code: problem.status,
      description: `${f.path.replace(/^(body|querystring|query|params|headers)\.?/, '') || f.path}: ${f.message}`,
    }));
  }
  return [{ code: problem.status, description: problem.title }];
}

/**
 * Errors under /open311/v2 take the same road as every other error (platform/problem.ts: AppError → status,
 * zod failures → field messages in the caller's language, unknown errors logged with the request id and
 * answered without details). Only on the way out is the problem rewritten into the GeoReport format —
 * <errors><error><code/><description/></error></errors> or its JSON array — in the format the URL asked for.
 */
export function speakOpen311Errors(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('application/problem+json') || typeof payload !== 'string') {
      return payload;
    }
    const problem = JSON.parse(payload) as Problem;
    const format = formatOfUrl(request.url);
    reply.header('content-type', CONTENT_TYPES[format]);
    return render('errors', format, errorsOf(problem));
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, open311Error('not_found', 'path_not_found')),
  );
}
