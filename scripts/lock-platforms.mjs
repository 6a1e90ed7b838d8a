// Our registry mirror serves only the Linux builds of packages that ship per-platform binaries, so
// `npm install` writes a lockfile without the other platforms' optional packages and `npm ci` then refuses
// it as "out of sync". This fills those entries in (version, os, cpu, libc from the package name; no tarball),
// which `npm ci` skips on any machine they do not match. Run after changing dependencies:
//   npm install && node scripts/lock-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'netbsd',
  'openbsd',
  'openharmony',
  'sunos',
  'win32',
  'aix',
  'cygwin',
];
const CPU = [
  'arm64',
  'x64',
  'ia32',
  'arm',
  'riscv64',
  'ppc64',
  's390x',
  'loong64',
  'mips64el',
  'wasm32',
  'universal',
];
let added = 0;

for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const parentDir = path === '' ? '' : `${path}/`;
    const here = `${parentDir}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[here] || packages[hoisted]) {
      continue;
    }
    const parts = name.split(/[/-]/);
    const os = OS.find((o) => parts.includes(o) || parts.includes(o === 'win32' ? 'windows' : o));
    const cpu = CPU.find((c) => parts.includes(c) || (c === 'arm' && parts.includes('gnueabihf')));
    if (!os && !cpu) {
      continue; // not a platform package: a real missing dependency, leave npm to report it
    }
    const entry = { version: version.replace(/^[\^~=]/, ''), dev: meta.dev, optional: true };
    if (os) {
      entry.os = [os];
    }
    if (cpu && cpu !== 'universal') {
      entry.cpu = [cpu];
    }
    if (parts.includes('musl')) {
      entry.libc = ['musl'];
    } else if (os === 'linux' && (parts.includes('gnu') || parts.includes('glibc'))) {
      entry.libc = ['glibc'];
    }
    if (!entry.dev) {
      delete entry.dev;
    }
    packages[hoisted] = entry;
    added++;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} platform entries`);
