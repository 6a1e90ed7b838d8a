import type { TestApp } from '../support/app';

/** Signed-in callers of the platform tests: account name → cookie header. */
export type Callers = Record<string, string>;

export async function loginAll(t: TestApp, names: string[]): Promise<Callers> {
  const cookies: Callers = {};
  await Promise.all(
    names.map(async (name) => {
      cookies[name] = await t.login(name);
    }),
  );
  return cookies;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One request as `who` (a key of `cookies`, or anything else for nobody). */
export function caller(t: TestApp, cookies: Callers) {
  return (who: string, method: Method, url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: cookies[who] ? { cookie: cookies[who] } : {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}

/** Every item of a paged list, following nextCursor. Fails loudly on anything but 200. */
export async function listAll<T = { id: string }>(
  call: ReturnType<typeof caller>,
  who: string,
  url: string,
): Promise<T[]> {
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
