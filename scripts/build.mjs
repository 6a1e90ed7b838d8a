// `npm start` and `npm run build`: the web app (Vite) and the server (esbuild) built into dist/, each only when
// its sources changed since its last build. Plain JavaScript: it runs before anything is compiled, and a
// TypeScript loader would cost every start the time this saves.
//
// "Changed" is a SHA-256 of the target's source files (path and content), compared with the stamp the last
// successful build wrote. Content rather than modification times: a checkout, a copy or an archive can move
// mtimes either way (an older file copied in with its old time would be missed), while hashing the ~500
// source files (4 MB) takes a few tens of milliseconds. The stamp is written only after the build succeeded,
// and a missing output counts as changed.
//
//   node scripts/build.mjs            build what is out of date
//   node scripts/build.mjs --force    build everything
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'dist');
// Tests are not part of what is shipped: changing one rebuilds nothing.
const NOT_SHIPPED = /\.test\.tsx?$/;

/** What each target is built from, what proves it exists, and how it is built. */
const TARGETS = {
  web: {
    sources: ['src/web', 'src/shared', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'],
    output: 'dist/web/index.html',
    async build() {
      const { build } = await import('vite');
      await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
    },
  },
  server: {
    sources: ['src/server', 'src/shared', 'package-lock.json'],
    output: 'dist/server/main.js',
    async build() {
      const esbuild = await import('esbuild');
      const dir = path.join(OUT, 'server');
      rmSync(dir, { recursive: true, force: true });
      // One ES module of our code; packages stay in node_modules, loaded by Node as they are (native
      // add-ons, and packages that read their own files such as swagger-ui's assets).
      await esbuild.build({
        absWorkingDir: ROOT,
        entryPoints: ['src/server/main.ts'],
        outfile: path.join(dir, 'main.js'),
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        target: 'node20.19',
        sourcemap: 'linked',
        logLevel: 'warning',
      });
      // The one file tree the server reads at run time: db/migrate.ts finds it next to its module, which in
      // the bundle is main.js.
      cpSync(path.join(ROOT, 'src/server/db/migrations'), path.join(dir, 'migrations'), { recursive: true });
    },
  },
};

/** A source's files, relative to the root: the file itself, or every file under the folder. */
function filesOf(source) {
  const full = path.join(ROOT, source);
  if (!existsSync(full)) {
    return [];
  }
  if (!statSync(full).isDirectory()) {
    return [source];
  }
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !NOT_SHIPPED.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** The hash of a target's sources (and of this script): every file's path and content, in a fixed order. */
function hashOf(sources) {
  const hash = createHash('sha256');
  for (const file of [...sources.flatMap(filesOf), 'scripts/build.mjs'].sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(ROOT, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
// Vite resolves the config's relative root against the working directory.
process.chdir(ROOT);
mkdirSync(OUT, { recursive: true });
for (const [name, target] of Object.entries(TARGETS)) {
  const stamp = path.join(OUT, `${name}.stamp`);
  const hash = hashOf(target.sources);
  const current =
    !force &&
    existsSync(path.join(ROOT, target.output)) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash;
  if (current) {
    continue;
  }
  const started = Date.now();
  console.log(`building ${name} …`);
  rmSync(stamp, { force: true });
  await target.build();
  writeFileSync(stamp, hash);
  console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
