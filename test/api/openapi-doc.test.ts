import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('docs/openapi.json', () => {
  it('is the document the server serves (regenerate with npm run openapi)', async () => {
    const served = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const committed = JSON.parse(readFileSync('docs/openapi.json', 'utf8'));
    expect(Object.keys(committed.paths).sort()).toEqual(Object.keys(served.paths).sort());
    expect(committed).toEqual(served);
  });

  it('serves a docs page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});
