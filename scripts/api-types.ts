// `npm run api:types` (also run by `npm run openapi`): writes the web client's types, generated from the
// committed docs/openapi.json, to src/web/api/schema.d.ts. A unit test fails when the committed file and a
// fresh generation differ, so the web cannot drift from the document the server serves.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const DOC_PATH = 'docs/openapi.json';
export const TYPES_PATH = 'src/web/api/schema.d.ts';

const HEADER = `// Generated from ${DOC_PATH} by \`npm run api:types\`; do not edit by hand.\n\n`;

/** The TypeScript text of the paths, operations and schemas of an OpenAPI document. */
export async function apiTypes(doc: OpenAPI3): Promise<string> {
  return HEADER + astToString(await openapiTS(doc));
}

/** The types of the committed document. */
export async function committedDocTypes(): Promise<string> {
  return apiTypes(JSON.parse(readFileSync(DOC_PATH, 'utf8')) as OpenAPI3);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(TYPES_PATH, await committedDocTypes());
  console.log(`${TYPES_PATH}: written from ${DOC_PATH}`);
}
