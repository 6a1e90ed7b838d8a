import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { committedDocTypes, TYPES_PATH, writtenTypeFiles } from './api-types';

describe('the web client types (src/web/api/schema.d.ts and schema/)', () => {
  it('are what docs/openapi.json generates (regenerate with npm run api:types)', async () => {
    const files = await committedDocTypes();
    expect([...writtenTypeFiles(), TYPES_PATH].sort()).toEqual([...files.keys()].sort());
    for (const [path, text] of files) {
      expect(readFileSync(path, 'utf8'), path).toBe(text);
    }
  });
});
