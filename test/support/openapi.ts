import { randomUUID } from 'node:crypto';
import type { TestApp } from './app';

// The operations of the served OpenAPI document, for the tests that walk every route (the route × role matrix,
// the hostile-input probe): routes added later are covered without edits.

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

/** The subset of JSON Schema the zod-generated document uses. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};

export type Parameter = { in: string; name: string; required?: boolean; schema?: JsonSchema };

export type Operation = {
  method: Method;
  path: string;
  permission: string | undefined;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The JSON request body's schema, when the operation takes JSON. */
  jsonBody: JsonSchema | undefined;
  /** The request body's media type, whatever it is (JSON, form, none). */
  bodyType: string | undefined;
};

type OpenApiOperation = {
  'x-permission'?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

/** Every operation of the document the app serves at /api/openapi.json. */
export async function readOperations(t: TestApp): Promise<Operation[]> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Partial<Record<Method, OpenApiOperation>>>;
  };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method];
      if (!op) {
        return [];
      }
      const content = op.requestBody?.content ?? {};
      return [
        {
          method,
          path,
          permission: op['x-permission'],
          pathParams: (op.parameters ?? []).filter((p) => p.in === 'path'),
          queryParams: (op.parameters ?? []).filter((p) => p.in === 'query'),
          jsonBody: content['application/json']?.schema,
          bodyType: Object.keys(content)[0],
        },
      ];
    }),
  );
}

/** A concrete URL for a templated path: `values` by name, else a dummy (a UUID, or the first enum value). */
export function urlOf(op: Operation, values: Record<string, string> = {}): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const given = values[name];
    if (given !== undefined) {
      return given;
    }
    const schema = op.pathParams.find((p) => p.name === name)?.schema;
    return encodeURIComponent(String(schema ? sampleOf(schema) : randomUUID()));
  });
}

/** A plausible value for a schema: required object fields filled, the first enum value, a UUID, a date. */
export function sampleOf(schema: JsonSchema): unknown {
  if (schema.default !== undefined) {
    return schema.default;
  }
  if (schema.enum) {
    return schema.enum[0];
  }
  if (schema.anyOf) {
    const first = schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0];
    return first ? sampleOf(first) : null;
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((name) => [name, sampleOf(schema.properties?.[name] ?? {})]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}));
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 0, (schema.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return true;
    case 'string':
      return sampleString(schema);
    default:
      return 'x';
  }
}

function sampleString(schema: JsonSchema): string {
  if (schema.format === 'uuid') {
    return randomUUID();
  }
  if (schema.format === 'date' || schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') {
    return '2027-01-04';
  }
  if (schema.format === 'date-time') {
    return '2027-01-04T08:00:00+08:00';
  }
  if (schema.pattern?.includes('\\d{6}')) {
    return '123456';
  }
  return '测试'.padEnd(Math.max(schema.minLength ?? 0, 2), '测');
}
