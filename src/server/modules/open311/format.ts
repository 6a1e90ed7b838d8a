import type { FastifyReply } from 'fastify';
import { toXmlDocument, type XmlNode } from './xml';

export const FORMATS = ['xml', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Each GeoReport document: the XML root and, for lists, the element of one item (JSON is the bare value). */
export const DOCUMENTS = {
  discovery: { root: 'discovery', item: null },
  services: { root: 'services', item: 'service' },
  serviceDefinition: { root: 'service_definition', item: null },
  requests: { root: 'service_requests', item: 'request' },
  updates: { root: 'service_request_updates', item: 'request_update' },
  errors: { root: 'errors', item: 'error' },
} as const;
export type DocumentKind = keyof typeof DOCUMENTS;

// Lists nested inside a document, by the name of their element → the name of each entry (spec examples).
const ENTRY_NAMES: Record<string, string> = {
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

function toNode(name: string, value: unknown): XmlNode {
  if (Array.isArray(value)) {
    const entry = ENTRY_NAMES[name] ?? 'item';
    return { name, children: value.map((v) => toNode(entry, v)) };
  }
  if (value !== null && typeof value === 'object') {
    return { name, children: Object.entries(value).map(([k, v]) => toNode(k, v)) };
  }
  return { name, text: value === null || value === undefined ? null : String(value) };
}

/** A document in the wanted format: XML elements named as in the spec, or the same value as JSON. */
export function render(kind: DocumentKind, format: Format, value: unknown): string {
  if (format === 'json') {
    return JSON.stringify(value);
  }
  const { root, item } = DOCUMENTS[kind];
  if (Array.isArray(value)) {
    return toXmlDocument({ name: root, children: value.map((v) => toNode(item ?? 'item', v)) });
  }
  return toXmlDocument(toNode(root, value));
}

/**
 * Sends a document with the spec's content type. JSON goes out as a value so that the route's response schema
 * checks it on the way (an answer that drifts from the spec fails loudly instead of reaching a client).
 */
export function sendDocument<R extends FastifyReply>(
  reply: R,
  kind: DocumentKind,
  format: Format,
  value: unknown,
  status = 200,
): R {
  reply.status(status).header('content-type', CONTENT_TYPES[format]);
  reply.send(format === 'json' ? value : render(kind, format, value));
  return reply;
}

/** The format a URL asks for: its extension (`….json`), XML otherwise, since XML is the spec's required one. */
export function formatOfUrl(url: string): Format {
  return (url.split('?')[0] ?? '').endsWith('.json') ? 'json' : 'xml';
}
