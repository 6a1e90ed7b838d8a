// What text the platform accepts from a client, wherever it comes from (JSON, query, path, form fields, Excel
// cells): PostgreSQL refuses NUL in text and jsonb and lone UTF-16 surrogates in UTF-8, which would surface as a
// 500 on the first write. The other C0 controls (everything below a space except tab, line feed and carriage
// return) are refused too: they are storable but never typed by a person, break CSV/Excel/XML exports and
// hide text on screen. One rule for every field, so no route can forget it: a hook checks every request before
// its schema does, and the Excel reader checks every cell (exchange/workbook.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';
import { fieldOfPath } from './field-labels';
import { labelParams } from './field-messages';
import { pickLocale, translate } from './messages';

/** Code units of the C0 controls a person does type: tab, line feed, carriage return. */
const TYPED_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The length of the character at `i` (1 or 2 code units), or 0 when it is one we refuse. */
function storableLength(text: string, i: number): 0 | 1 | 2 {
  const unit = text.charCodeAt(i);
  if (unit < 0x20) {
    return TYPED_CONTROLS.has(unit) ? 1 : 0;
  }
  if (isHighSurrogate(unit)) {
    return isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 0;
  }
  return isLowSurrogate(unit) ? 0 : 1;
}

/** True when every character of `text` can be stored and shown: no NUL, other stray controls, lone surrogates. */
export function isStorableText(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const length = storableLength(text, i);
    if (length === 0) {
      return false;
    }
    i += length;
  }
  return true;
}

/** `text` with every refused character replaced by U+FFFD, to echo it back (an Excel error report) safely. */
export function replaceUnstorable(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const length = storableLength(text, i);
    out += length === 0 ? '\ufffd' : text.slice(i, i + length);
    i += length || 1;
  }
  return out;
}

/** Enough field errors to show what is wrong; a body with thousands of bad strings gets the first ones. */
const MAX_PATHS = 20;

/**
 * The dotted path of each string (or object key) under `value` that is not storable, `prefix` first
 * (`body.rows.3.name`), at most twenty. Walks with its own stack, so a hostile body nested a million levels
 * deep cannot overflow the call stack; raw bytes (uploads) are not text and are skipped.
 */
export function unstorablePaths(value: unknown, prefix: string): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: prefix }];
  while (stack.length > 0 && found.length < MAX_PATHS) {
    const next = stack.pop() as { value: unknown; path: string };
    if (typeof next.value === 'string') {
      if (!isStorableText(next.value)) {
        found.push(next.path);
      }
      continue;
    }
    if (next.value === null || typeof next.value !== 'object' || ArrayBuffer.isView(next.value)) {
      continue;
    }
    for (const [key, child] of Object.entries(next.value)) {
      const path = next.path ? `${next.path}.${replaceUnstorable(key)}` : replaceUnstorable(key);
      if (!isStorableText(key)) {
        found.push(path);
      }
      stack.push({ value: child, path });
    }
  }
  return found.slice(0, MAX_PATHS).sort();
}

/** Headers whose values we keep (audit entries and sessions record the client and its address). */
const STORED_HEADERS = ['user-agent', 'x-forwarded-for'] as const;

/** Throws validation_failed (400) naming each unstorable field of the given values, by their prefixes. */
export function refuseUnstorable(request: FastifyRequest, values: [value: unknown, prefix: string][]): void {
  const paths = values.flatMap(([value, prefix]) => unstorablePaths(value, prefix));
  if (paths.length === 0) {
    return;
  }
  const locale = pickLocale(request.headers['accept-language']);
  // Named by its label when the dictionary has one, else by its path below body/query/params; routes that keep
  // zod's wording (Open311) keep the path.
  const isZodWording = request.routeOptions.config?.fieldWording === 'zod';
  throw new AppError(
    'validation_failed',
    'validation_failed',
    paths.map((path) => {
      const rest = path.slice(path.indexOf('.') + 1);
      const params = isZodWording
        ? { field: rest, Field: rest }
        : labelParams(fieldOfPath(rest), locale, rest);
      return { path, message: translate('unstorable_text', locale, params) };
    }),
  );
}

/**
 * Refuses, before any schema or handler sees it, a request carrying text that cannot be stored anywhere in
 * its path parameters, query, parsed body (JSON or form) or the headers we keep: 400 with one field error per
 * bad field, naming it. Multipart bodies are read by their routes: those that take text fields refuse them
 * with refuseUnstorable.
 */
export function refuseUnstorableInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) =>
    refuseUnstorable(request, [
      [request.params, 'params'],
      [request.query, 'querystring'],
      [request.body, 'body'],
      ...STORED_HEADERS.map((name): [unknown, string] => [request.headers[name], `headers.${name}`]),
    ]),
  );
}
