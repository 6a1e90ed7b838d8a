import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, fieldOfPath } from './field-labels';

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

// Open311 GeoReport keeps the spec's field names and zod's own wording (its clients read it): not labelled here.
const OWN_WORDING = '/open311/v2/';

/** Every field name a client may send, in the committed document (kept equal to the served one by a test). */
function requestFieldNames(doc: Document): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (schema: Schema | undefined, where: string, seen: Set<Schema>) => {
    const resolved = schema?.$ref ? doc.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''] : schema;
    if (!resolved || seen.has(resolved)) {
      return;
    }
    seen.add(resolved);
    for (const [name, child] of Object.entries(resolved.properties ?? {})) {
      found.set(name, found.get(name) ?? where);
      walk(child, where, seen);
    }
    for (const child of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])]) {
      walk(child, where, seen);
    }
    walk(resolved.items, where, seen);
    if (typeof resolved.additionalProperties === 'object') {
      walk(resolved.additionalProperties, where, seen);
    }
  };
  for (const [path, operations] of Object.entries(doc.paths)) {
    if (path.startsWith(OWN_WORDING)) {
      continue;
    }
    for (const [method, operation] of Object.entries(operations)) {
      const where = `${method.toUpperCase()} ${path}`;
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'header' && parameter.in !== 'cookie') {
          found.set(parameter.name, found.get(parameter.name) ?? where);
        }
      }
      for (const { schema } of Object.values(operation.requestBody?.content ?? {})) {
        walk(schema, where, new Set());
      }
    }
  }
  return found;
}

describe('field labels', () => {
  const doc = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as Document;
  const names = requestFieldNames(doc);

  it('name every field a request may carry, in both languages (add a label to platform/field-labels.ts)', () => {
    expect(names.size).toBeGreaterThan(50);
    const unlabelled = [...names]
      .filter(([name]) => !FIELD_LABELS[name]?.['zh-CN'] || !FIELD_LABELS[name]?.['en-US'])
      .map(([name, where]) => `${name} (${where})`);
    expect(unlabelled).toEqual([]);
  });

  it('read as words, not as the field names they label', () => {
    for (const [name, label] of Object.entries(FIELD_LABELS)) {
      expect(label['zh-CN'], name).toMatch(/\p{Script=Han}/u);
      // No camelCase or snake_case left over from the field's own name (WeChat is a name).
      expect(label['en-US'].replace('WeChat', 'Wechat'), name).toMatch(
        /^(?:[A-Za-z'-]|(?<![a-z])[A-Z]|\s)+$/,
      );
      expect(label['en-US'].replace('WeChat', 'Wechat'), name).not.toMatch(/[a-z][A-Z]/);
    }
  });

  it('take the last part of a path that is not a list index', () => {
    expect(fieldOfPath('title')).toBe('title');
    expect(fieldOfPath('rows.3.name')).toBe('name');
    expect(fieldOfPath('rooms.4')).toBe('rooms');
    expect(fieldOfPath('')).toBeUndefined();
  });
});
