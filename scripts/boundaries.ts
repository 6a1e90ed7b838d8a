// `npm run boundaries` (part of `npm run check` and `npm test`): which folder may import which. The rules are
// written here once; the checker reads every source file's import specifiers and names each import that
// breaks one. Tests (`test/`) and benchmarks (`bench/`) may reach into modules: they exercise internals.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type Violation = { file: string; specifier: string; rule: string };

const MODULES = 'src/server/modules/';
const WEB_MODULES = 'src/web/modules/';
/** The web's faces: each holds its shell and screens, built from the web modules. */
const WEB_FACES = ['console', 'mobile', 'public', 'screen'].map((face) => `src/web/${face}/`);

/** The web face a repository path lies in (`src/web/console/`), or null. */
function faceOf(file: string): string | null {
  return WEB_FACES.find((face) => file.startsWith(face)) ?? null;
}

/** The module a repository path lies in (`tickets` for src/server/modules/tickets/moves.ts), or null. */
function moduleOf(file: string): string | null {
  return file.startsWith(MODULES) ? (file.slice(MODULES.length).split('/')[0] ?? null) : null;
}

/** Whether `target` is a module's public entry: its index file (or the folder, which means the same). */
function isEntry(target: string): boolean {
  const rest = target.slice(MODULES.length).split('/');
  return rest.length === 1 || (rest.length === 2 && /^index(\.ts)?$/.test(rest[1] ?? ''));
}

/**
 * The rules, each a name and a test of one import (from `file` to `target`, both repository paths without
 * extension resolution). A module's own files may import each other freely.
 */
export const RULES: { name: string; breaks(file: string, target: string): boolean }[] = [
  {
    name: 'another module is reached only through its index.ts',
    breaks: (file, target) => {
      const to = moduleOf(target);
      return to !== null && moduleOf(file) !== to && !isEntry(target);
    },
  },
  {
    name: 'platform code knows no module',
    breaks: (file, target) => file.startsWith('src/server/platform/') && moduleOf(target) !== null,
  },
  {
    name: 'the database layer (schema, client, migrations) knows no module',
    breaks: (file, target) => file.startsWith('src/server/db/') && moduleOf(target) !== null,
  },
  {
    name: 'shared code imports neither server nor web',
    breaks: (file, target) =>
      file.startsWith('src/shared/') && (target.startsWith('src/server/') || target.startsWith('src/web/')),
  },
  {
    name: 'the web never imports server code',
    breaks: (file, target) => file.startsWith('src/web/') && target.startsWith('src/server/'),
  },
  {
    // A web module serves every face, so it cannot lean on one: the portal and the big screen reuse it as is.
    name: 'a web module never imports a face',
    breaks: (file, target) => file.startsWith(WEB_MODULES) && faceOf(target) !== null,
  },
  {
    name: 'a web face never imports another face',
    breaks: (file, target) => {
      const from = faceOf(file);
      const to = faceOf(target);
      return from !== null && to !== null && from !== to;
    },
  },
  {
    name: 'the web ui kit and the API client import no module and no face',
    breaks: (file, target) =>
      (file.startsWith('src/web/ui/') || file.startsWith('src/web/api/')) &&
      (target.startsWith(WEB_MODULES) || faceOf(target) !== null),
  },
];

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import specifier of a source text. */
export function specifiersOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '').filter((s) => s.startsWith('.'));
}

/** The violations of one file's imports (`file` relative to the repository root). */
export function checkFile(file: string, source: string): Violation[] {
  const found: Violation[] = [];
  for (const specifier of specifiersOf(source)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    for (const rule of RULES) {
      if (rule.breaks(file, target)) {
        found.push({ file, specifier, rule: rule.name });
      }
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(full);
    }
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Checks every file under src/ and scripts/ of the repository at `root`. */
export function checkRepository(root: string): Violation[] {
  return ['src', 'scripts'].flatMap((top) =>
    sourceFiles(path.posix.join(root, top)).flatMap((full) =>
      checkFile(path.posix.relative(root, full), readFileSync(full, 'utf8')),
    ),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const violations = checkRepository(process.cwd().split(path.sep).join('/'));
  for (const v of violations) {
    console.error(`${v.file}: import '${v.specifier}' — ${v.rule}`);
  }
  console.log(
    violations.length === 0
      ? 'boundaries: every import keeps to the rules'
      : `boundaries: ${violations.length} forbidden imports`,
  );
  process.exitCode = violations.length === 0 ? 0 : 1;
}
