/**
 * A small XML writer for the GeoReport v2 documents: elements and text only (the spec uses no attributes,
 * namespaces or mixed content). Every text passes through `escapeXml`, so whatever a resident typed can never
 * break the document or smuggle markup into it.
 */

/** An element: text (null = empty element) or child elements. */
export type XmlNode = { name: string; text?: string | null; children?: XmlNode[] };

// Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF): dropped, since
// escaping them is not possible either (&#1; is just as illegal).
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Text safe for element content: markup characters escaped, characters XML forbids removed. */
export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL_XML_CHARS, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

function write(node: XmlNode, out: string[]): void {
  // Names come from our own code, never from input; a bad one is a programming error.
  if (!NAME.test(node.name)) {
    throw new Error(`invalid XML element name: ${node.name}`);
  }
  if (node.children) {
    if (node.children.length === 0) {
      out.push(`<${node.name}/>`);
      return;
    }
    out.push(`<${node.name}>`);
    for (const child of node.children) {
      write(child, out);
    }
    out.push(`</${node.name}>`);
    return;
  }
  const text = node.text ?? '';
  out.push(text === '' ? `<${node.name}/>` : `<${node.name}>${escapeXml(text)}</${node.name}>`);
}

/** A whole document, UTF-8 declared as the spec requires. */
export function toXmlDocument(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, out);
  return out.join('');
}
