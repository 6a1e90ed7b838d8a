import { expect } from 'vitest';

// Reading GeoReport answers the way a client would: a tiny XML reader, elements and text only, strict about
// what the spec's documents may contain (a parser that forgave would hide a malformed answer).

export type El = { name: string; children: El[]; text: string };
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isNameChar(c: string | undefined, first: boolean): boolean {
  if (c === undefined) {
    return false;
  }
  const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
  return first ? letter : letter || (c >= '0' && c <= '9') || c === '.' || c === '-';
}

function decodeText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '>') {
      throw new Error('unescaped > in text');
    }
    if (c !== '&') {
      out += c;
      continue;
    }
    const end = raw.indexOf(';', i);
    const entity = end > i ? raw.slice(i + 1, end) : '';
    if (!(entity in ENTITIES)) {
      throw new Error(`bad entity &${entity};`);
    }
    out += ENTITIES[entity];
    i = end;
  }
  return out;
}

/** Parses a whole document; throws on anything not well-formed (mismatched tags, bare & or <, junk). */
export function parseXml(src: string): El {
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
  if (!src.startsWith(declaration)) {
    throw new Error('no UTF-8 declaration');
  }
  let i = declaration.length;
  const expectText = (s: string) => {
    if (!src.startsWith(s, i)) {
      throw new Error(`expected ${s} at ${i}`);
    }
    i += s.length;
  };
  const readName = () => {
    const start = i;
    if (!isNameChar(src[i], true)) {
      throw new Error(`bad name at ${i}`);
    }
    while (isNameChar(src[i], false)) {
      i++;
    }
    return src.slice(start, i);
  };
  const element = (): El => {
    expectText('<');
    const el: El = { name: readName(), children: [], text: '' };
    if (src.startsWith('/>', i)) {
      i += 2;
      return el;
    }
    expectText('>');
    for (;;) {
      if (src.startsWith('</', i)) {
        i += 2;
        if (readName() !== el.name) {
          throw new Error(`mismatched close of ${el.name}`);
        }
        expectText('>');
        return el;
      }
      if (src[i] === '<') {
        el.children.push(element());
        continue;
      }
      const end = src.indexOf('<', i);
      if (end < 0) {
        throw new Error(`unclosed ${el.name}`);
      }
      el.text += decodeText(src.slice(i, end));
      i = end;
    }
  };
  const root = element();
  if (i !== src.length) {
    throw new Error('content after the root element');
  }
  return root;
}

export const kids = (el: El, name: string) => el.children.filter((c) => c.name === name);
export function kid(el: El, name: string): El {
  const found = kids(el, name)[0];
  if (!found) {
    throw new Error(`no <${name}> in <${el.name}>`);
  }
  return found;
}
export const textOf = (el: El, name: string) => kid(el, name).text;
/** An element's leaf children as a plain object (what the JSON variant holds as strings). */
export const fieldsOf = (el: El) => Object.fromEntries(el.children.map((c) => [c.name, c.text]));

/** The spec's error document: every <error> with its code and description. */
export function xmlErrors(body: string) {
  const root = parseXml(body);
  expect(root.name).toBe('errors');
  return kids(root, 'error').map((e) => ({
    code: Number(textOf(e, 'code')),
    description: textOf(e, 'description'),
  }));
}
