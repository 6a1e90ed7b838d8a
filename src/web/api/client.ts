import createClient, { type Middleware } from 'openapi-fetch';
import type { FieldError, Problem } from '../../shared/errors';
import { currentLanguage } from '../i18n';
import type { paths } from './schema';

/** An API failure with the server's problem document (title and field errors already in the user's language). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
  get status() {
    return this.problem.status;
  }
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** The JSON body a route takes, as the document declares it: `JsonBody<'/api/places', 'post'>`. */
export type JsonBody<P extends keyof paths, M extends keyof paths[P]> =
  NonNullable<paths[P][M] extends { requestBody?: infer R } ? R : never> extends {
    content: { 'application/json': infer B };
  }
    ? B
    : never;

export type Query = Record<string, string | number | boolean | undefined | null>;

/** A query string of the set values: undefined, null and '' (an empty filter field) are left out. */
export function queryString(query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') {
      params.set(k, String(v));
    }
  }
  return params.toString();
}

/** What every request carries besides the session cookie: the language the answer should speak. */
export function requestHeaders(): Record<string, string> {
  return { 'accept-language': currentLanguage() };
}

/** The failure an answer that is not ok stands for: its problem document, or a bare one from the status. */
export async function problemOf(res: Response): Promise<ApiError> {
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    return new ApiError((await res.json()) as Problem);
  }
  return new ApiError({ type: 'about:blank', title: res.statusText, status: res.status, code: 'internal' });
}

// Every failure leaves the client as an ApiError, so callers and query hooks see one error type whatever
// the route; the typed `data` is then always the success body.
const problems: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(requestHeaders())) {
      request.headers.set(name, value);
    }
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) {
      throw await problemOf(response);
    }
    return response;
  },
};

/** A client for the server at `baseUrl` (the page's own origin when empty), through `fetch`. */
export function createApi(options: { baseUrl?: string; fetch?: typeof fetch } = {}) {
  const client = createClient<paths>({
    ...options,
    credentials: 'same-origin',
    querySerializer: (query) => queryString(query as Query),
  });
  client.use(problems);
  return client;
}

/** The one way the web talks to the server: paths, parameters and bodies typed by docs/openapi.json. */
export const api = createApi();

/** The body of a successful answer; failures never get here, the client throws them as ApiError. */
export async function ok<T>(pending: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await pending).data as T;
}

/**
 * The body option for a multipart upload. Multipart routes declare no body in the document (the server reads
 * the stream itself), so the form passes through untyped and the browser sets the boundary.
 */
export function multipart(form: FormData): { body: never } {
  return { body: form as never };
}

/** Photos for an upload route: one multipart request, the files under the field `files`. */
export function filesBody(files: File[]): { body: never } {
  const form = new FormData();
  for (const file of files) {
    form.append('files', file, file.name);
  }
  return multipart(form);
}
