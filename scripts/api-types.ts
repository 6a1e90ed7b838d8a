// `npm run api:types` (also run by `npm run openapi`): writes the web client's types, generated from the
// committed docs/openapi.json, one folder per use case (the operations' OpenAPI tag: tickets, places, auth…)
// under src/web/api/schema/ and one file per resource in it, and src/web/api/schema.d.ts that joins their paths for the client. A unit test
// fails when the committed files and a fresh generation differ, so the web cannot drift from the document the
// server serves.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const DOC_PATH = 'docs/openapi.json';
export const TYPES_PATH = 'src/web/api/schema.d.ts';
export const TYPES_DIR = 'src/web/api/schema';

const HEADER = `// Generated from ${DOC_PATH} by \`npm run api:types\`; do not edit by hand.\n\n`;

type PathItem = Record<string, { tags?: string[] } | undefined>;

/** The use case of a path: the tag of its first tagged operation. */
function tagOf(item: PathItem): string {
  for (const operation of Object.values(item)) {
    const tag = operation?.tags?.[0];
    if (tag) {
      return tag;
    }
  }
  return 'system';
}

/**
 * Where a path's types go: its tag's folder, then the resource it names — its first three fixed segments after
 * `/api` (`/api/tickets/{id}/actions` → tickets/tickets-actions, `/api/open311/v2/requests.json` →
 * open311/open311-v2-requests-json), and `-item` for one of a collection (`/api/tickets/{id}` →
 * tickets/tickets-item), so that no file holds a whole use case.
 */
function fileOf(path: string, item: PathItem): string {
  const segments = path.split('/').filter((segment) => segment && segment !== 'api');
  const resource = segments
    .filter((segment) => !segment.startsWith('{'))
    .slice(0, 3)
    .map((segment) => segment.replace(/[^A-Za-z0-9]+/g, '-'))
    .join('-');
  const one = segments.length > 1 && segments.at(-1)?.startsWith('{') ? '-item' : '';
  return `${tagOf(item)}/${resource || 'root'}${one}`;
}

/** A file as a TypeScript name: tickets/tickets-actions → ticketsTicketsActionsPaths. */
function pathsName(file: string): string {
  return `${file.replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())}Paths`;
}

/** The generated files, by path: one per resource of a use case, and the index joining their paths. */
export async function apiTypeFiles(doc: OpenAPI3): Promise<Map<string, string>> {
  const groups = new Map<string, Record<string, unknown>>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const useCase = fileOf(path, item as PathItem);
    groups.set(useCase, { ...groups.get(useCase), [path]: item });
  }
  const useCases = [...groups.keys()].sort();
  const files = new Map<string, string>();
  for (const useCase of useCases) {
    const part = { ...doc, paths: groups.get(useCase) } as OpenAPI3;
    files.set(`${TYPES_DIR}/${useCase}.d.ts`, HEADER + astToString(await openapiTS(part)));
  }
  const imports = useCases.map((u) => `import type { paths as ${pathsName(u)} } from './schema/${u}';\n`);
  files.set(
    TYPES_PATH,
    `${HEADER}${imports.join('')}\n/** Every path of the API: the use cases' own, joined. */\nexport type paths = ${useCases
      .map(pathsName)
      .join(' & ')};\n`,
  );
  return files;
}

/** The files the committed document generates. */
export async function committedDocTypes(): Promise<Map<string, string>> {
  return apiTypeFiles(JSON.parse(readFileSync(DOC_PATH, 'utf8')) as OpenAPI3);
}

/** The files of the schema folder as they are on disk. */
export function writtenTypeFiles(): string[] {
  return readdirSync(TYPES_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await committedDocTypes();
  // A use case that is gone leaves no file behind.
  rmSync(TYPES_DIR, { recursive: true, force: true });
  mkdirSync(TYPES_DIR, { recursive: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`${TYPES_PATH} and ${files.size - 1} files under ${TYPES_DIR}: written from ${DOC_PATH}`);
}
