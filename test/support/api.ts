import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app';

// The one set of request helpers for the API tests (test/api), so that each file states its scenario and
// not yet another sign-in loop or inject wrapper.

/** Signed-in callers: account name → cookie header. */
export type Callers = Record<string, string>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One request as `who`; see {@link caller}. */
export type Call = (
  who: string | null,
  method: Method,
  url: string,
  payload?: object,
  headers?: Record<string, string>,
) => Promise<LightMyRequestResponse>;

/**
 * Signs every account in (demo password) and returns their cookies. Pass `into` to refresh an object that
 * a {@link caller} already holds: after the fake clock moves, idle sessions are gone.
 */
export async function loginAll(t: TestApp, names: string[], into: Callers = {}): Promise<Callers> {
  await Promise.all(
    names.map(async (name) => {
      into[name] = await t.login(name);
    }),
  );
  return into;
}

/**
 * Requests through the real app as a signed-in caller: `who` is a key of `cookies`; null or any other name
 * is nobody signed in. The payload is a JSON body or a FormData (multipart). `headers` (say
 * `accept-language`) go over `defaults`, which go with every request of this caller.
 */
export function caller(t: TestApp, cookies: Callers, defaults: Record<string, string> = {}): Call {
  return (who, method, url, payload, headers = {}) => {
    const cookie = who === null ? undefined : cookies[who];
    return t.app.inject({
      method,
      url,
      headers: { ...defaults, ...(cookie ? { cookie } : {}), ...headers },
      ...(payload === undefined ? {} : { payload }),
    });
  };
}

/** A ticket's request body as a resident would write it, placed at `placeId`; `fields` change any of it. */
export function ticketBody(placeId: string, fields: Record<string, unknown> = {}) {
  return {
    kind: 'problem',
    title: '3栋门口路灯不亮',
    description: '晚上很黑，老人出门不方便',
    placeId,
    ...fields,
  };
}

/** A claim of a wish promises a day: a week after `now` (the test clock's), always inside the allowed window. */
export function weekAhead(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
}

export type Submitted = { id: string; number: string; state: string };

/** Records a ticket as `who` (see {@link ticketBody}). Fails loudly on anything but 201. */
export async function submitTicket(
  call: Call,
  who: string,
  placeId: string,
  fields: Record<string, unknown> = {},
): Promise<Submitted> {
  const res = await call(who, 'POST', '/api/tickets', ticketBody(placeId, fields));
  if (res.statusCode !== 201) {
    throw new Error(`submit as ${who}: ${res.statusCode} ${res.body}`);
  }
  return res.json() as Submitted;
}

/** A photo to upload; an image/jpeg named photo.jpg unless said otherwise. */
export type Upload = { bytes: Buffer; type?: string; name?: string };

/** The ticket moves every ticket test makes, answering the raw response (each test asserts its own code). */
export function ticketCalls(call: Call) {
  return {
    /** One move of the ticket's state machine: POST /api/tickets/:id/actions. */
    act: (who: string | null, id: string, body: Record<string, unknown>) =>
      call(who, 'POST', `/api/tickets/${id}/actions`, body),
    /** Photos on a ticket: multipart, every file in the field `files`. */
    uploadPhotos(who: string | null, ticketId: string, files: Upload[]) {
      const form = new FormData();
      for (const { bytes, type = 'image/jpeg', name = 'photo.jpg' } of files) {
        form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
      }
      return call(who, 'POST', `/api/tickets/${ticketId}/photos`, form);
    },
  };
}
export type TicketCalls = ReturnType<typeof ticketCalls>;

/** Every item of a paged list, following nextCursor. Fails loudly on anything but 200. */
export async function listAll<T = { id: string }>(call: Call, who: string, url: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const page = `${url}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await call(who, 'GET', page);
    if (res.statusCode !== 200) {
      throw new Error(`GET ${page} as ${who}: ${res.statusCode} ${res.body}`);
    }
    const body = res.json() as { items: T[]; nextCursor: string | null };
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

export const ids = (items: { id: string }[]) => new Set(items.map((i) => i.id));
