import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// zh-CN and en-US hold the same keys in every namespace, with the same placeholders, so no screen shows a raw
// key or a half-filled sentence in either language. English plurals (`_one`/`_other`) count as one key, and
// need both forms; Chinese has one form.
const DIR = path.dirname(new URL(import.meta.url).pathname);
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      out.set(full, value);
    } else {
      for (const [k, v] of flatten(value, full)) {
        out.set(k, v);
      }
    }
  }
  return out;
}

const read = (language: string, file: string) =>
  flatten(JSON.parse(readFileSync(path.join(DIR, language, file), 'utf8')) as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

/** Key without its plural suffix → the placeholders of its forms, merged. */
function byBase(messages: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of messages) {
    const base = key.replace(PLURAL, '');
    const set = out.get(base) ?? new Set<string>();
    for (const p of placeholders(text)) {
      set.add(p ?? '');
    }
    out.set(base, set);
  }
  return out;
}

const NAMESPACES = readdirSync(path.join(DIR, 'zh-CN')).filter((f) => f.endsWith('.json'));

describe('translations', () => {
  it('have the same namespaces', () => {
    expect(readdirSync(path.join(DIR, 'en-US')).filter((f) => f.endsWith('.json'))).toEqual(NAMESPACES);
  });

  it('declare every namespace for typed keys (i18next.d.ts)', () => {
    const typed = readFileSync(path.join(DIR, 'i18next.d.ts'), 'utf8');
    const declared = [...typed.matchAll(/from '\.\/zh-CN\/([\w-]+)\.json'/g)].map((m) => `${m[1]}.json`);
    expect(declared.sort()).toEqual([...NAMESPACES].sort());
  });

  for (const file of NAMESPACES) {
    it(`${file}: the same keys and placeholders in both languages`, () => {
      const zh = byBase(read('zh-CN', file));
      const en = byBase(read('en-US', file));
      expect(
        [...en.keys()].filter((k) => !zh.has(k)),
        'only in en-US',
      ).toEqual([]);
      expect(
        [...zh.keys()].filter((k) => !en.has(k)),
        'only in zh-CN',
      ).toEqual([]);
      const differing = [...zh.keys()].filter(
        (k) => [...(zh.get(k) ?? [])].sort().join() !== [...(en.get(k) ?? [])].sort().join(),
      );
      expect(differing, 'placeholders differ').toEqual([]);
    });

    it(`${file}: every English plural has its one and other forms`, () => {
      const en = [...read('en-US', file).keys()];
      const plurals = new Set(en.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      const missing = [...plurals].filter(
        (base) => !en.includes(`${base}_one`) || !en.includes(`${base}_other`),
      );
      expect(missing).toEqual([]);
    });
  }
});
