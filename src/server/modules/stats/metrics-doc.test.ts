import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RATE_KEYS } from '../../../shared/stats';
import { renderMetricsDoc } from './metrics-doc';

describe('docs/metrics.md', () => {
  it('is the rendering of definitions.ts (regenerate with npm run docs:metrics)', () => {
    expect(readFileSync('docs/metrics.md', 'utf8')).toBe(renderMetricsDoc());
  });

  it('names every rate the API serves', () => {
    const doc = renderMetricsDoc();
    for (const key of RATE_KEYS) {
      expect(doc).toContain(`(\`${key}\`)`);
    }
  });
});
