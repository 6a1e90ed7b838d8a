import { inflateSync } from 'node:zlib';

/** Every code point a PDF's fonts map back to text (their ToUnicode tables), from its inflated streams. */
export function mappedCodePoints(pdf: Buffer): Set<number> {
  const text = pdf.toString('latin1');
  const points = new Set<number>();
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!body.includes('begincmap')) {
      continue;
    }
    for (const hex of body.matchAll(/<([0-9a-f]{4})>/gi)) {
      points.add(Number.parseInt(hex[1] as string, 16));
    }
  }
  return points;
}
