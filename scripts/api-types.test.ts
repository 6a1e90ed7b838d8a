import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { committedDocTypes, TYPES_PATH } from './api-types';

describe('src/web/api/schema.d.ts', () => {
  it('is what docs/openapi.json generates (regenerate with npm run api:types)', async () => {
    expect(readFileSync(TYPES_PATH, 'utf8')).toBe(await committedDocTypes());
  });
});
