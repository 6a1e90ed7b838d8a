import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApi, multipart, ok } from './client';

vi.mock('../i18n', () => ({ currentLanguage: () => 'en-US' }));

const requests: Request[] = [];
let answer: () => Response;
const api = createApi({
  baseUrl: 'http://lianxin.test',
  fetch: async (input) => {
    requests.push(input as Request);
    return answer();
  },
});

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('the typed API client', () => {
  it('sends the language and the set query values, and answers the success body', async () => {
    answer = () => json({ items: [], nextCursor: null });
    const page = await ok(
      api.GET('/api/tickets', { params: { query: { queue: 'mine', q: '', placeId: undefined, limit: 10 } } }),
    );
    expect(page).toEqual({ items: [], nextCursor: null });
    const sent = requests.at(-1);
    expect(sent?.headers.get('accept-language')).toBe('en-US');
    expect(sent?.credentials).toBe('same-origin');
    expect(new URL(sent?.url ?? '').search).toBe('?queue=mine&limit=10');
  });

  it('throws a problem document as ApiError with its field errors', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Check the form',
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'title', message: 'Required' }],
    };
    answer = () => json(problem, 400, 'application/problem+json');
    const failure = await ok(
      api.POST('/api/auth/sms-code', { body: { phone: '1', purpose: 'register' } }),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as InstanceType<typeof ApiError>).status).toBe(400);
    expect((failure as InstanceType<typeof ApiError>).fieldErrors).toEqual(problem.errors);
    expect(requests.at(-1)?.headers.get('content-type')).toBe('application/json');
  });

  it('throws a failure without a problem document by its status', async () => {
    answer = () => new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' });
    const failure = await ok(api.GET('/api/auth/me')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as InstanceType<typeof ApiError>).problem).toMatchObject({
      status: 502,
      code: 'internal',
    });
  });

  it('passes a multipart form through untouched', async () => {
    answer = () => json([], 201);
    const form = new FormData();
    form.append('files', new Blob(['x'], { type: 'image/png' }), 'a.png');
    await ok(api.POST('/api/tickets/{id}/photos', { params: { path: { id: 't1' } }, ...multipart(form) }));
    const sent = requests.at(-1);
    expect(sent?.url).toContain('/api/tickets/t1/photos');
    expect(sent?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
  });
});
