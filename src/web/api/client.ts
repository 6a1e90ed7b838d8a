import type { FieldError, Problem } from '../../shared/errors';
import { currentLanguage } from '../i18n';

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

export type Query = Record<string, string | number | boolean | undefined | null>;

/** A path with the query's set values (undefined, null and '' are left out). */
export function withQuery(path: string, query?: Query): string {
  if (!query) {
    return path;
  }
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') {
      params.set(k, String(v));
    }
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The one way the web talks to the server: JSON in, JSON out, problems thrown as ApiError. */
export async function api<T>(
  method: string,
  path: string,
  options: { body?: unknown; query?: Query } = {},
): Promise<T> {
  const isForm = options.body instanceof FormData;
  const res = await fetch(withQuery(path, options.query), {
    method,
    credentials: 'same-origin',
    headers: {
      'accept-language': currentLanguage(),
      ...(options.body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
    },
    body:
      options.body === undefined
        ? undefined
        : isForm
          ? (options.body as FormData)
          : JSON.stringify(options.body),
  });
  if (res.status === 204) {
    return undefined as T;
  }
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok) {
    if (type.includes('json')) {
      throw new ApiError((await res.json()) as Problem);
    }
    throw new ApiError({ type: 'about:blank', title: res.statusText, status: res.status, code: 'internal' });
  }
  return (type.includes('json') ? res.json() : res.blob()) as Promise<T>;
}

export const get = <T>(path: string, query?: Query) => api<T>('GET', path, { query });
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, { body });
export const put = <T>(path: string, body?: unknown) => api<T>('PUT', path, { body });
export const patch = <T>(path: string, body?: unknown) => api<T>('PATCH', path, { body });
export const del = <T>(path: string) => api<T>('DELETE', path);
