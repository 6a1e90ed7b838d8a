import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { adminQuery, uniqueName, withDatabase } from './template';

/** A port nobody listens on at this moment, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A stopped server's data directory and (PostgreSQL) database, which later servers start from copies of. */
export type ServerSnapshot = { dataDir: string; database: string | null };

export type StartedServer = {
  url: string;
  /** The process started: the only one, or the primary of LIANXIN_WORKERS processes. */
  pid: number;
  /** PostgreSQL: the server's database (dropped by stop unless it was shared with it). */
  databaseUrl: string | undefined;
  /** PostgreSQL: that database's name, for a second server to share. */
  database: string | null;
  /** Everything the server printed so far (the development SMS adapter logs its codes here). */
  logs(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Ends the server with SIGTERM, waits for it and removes its data. */
  stop(): Promise<void>;
  /** Ends the server the same way but keeps its data, for others to start from (`from`). */
  stopAsSnapshot(): Promise<ServerSnapshot>;
};

/**
 * The real server (built web app, demo seed on first start), on a free port and a fresh database: its own
 * PGlite directory, or a new PostgreSQL database when DATABASE_URL is set. From its TypeScript sources, so a
 * test never runs a stale build of the server; `npm start` runs the same main.ts bundled (scripts/build.mjs).
 */
export async function startServer(
  options: {
    /** PostgreSQL: serve this existing database (another server's) instead of a new one; it is not dropped. */
    shareDatabase?: string;
    /** More environment, e.g. the keys two servers of one installation share. */
    env?: Record<string, string>;
    /**
     * Start from a copy of a stopped server's data (keys, files and database) instead of seeding the demo
     * region again: what every browser journey does, each on its own copy.
     */
    from?: ServerSnapshot;
  } = {},
): Promise<StartedServer> {
  const port = await freePort();
  const dataDir = `.tmp/${uniqueName('e2e')}`;
  const base = process.env.DATABASE_URL;
  const shared = options.shareDatabase ?? null;
  const dbName = base ? (shared ?? uniqueName('lianxin_e2e')) : null;
  if (options.from) {
    cpSync(options.from.dataDir, dataDir, { recursive: true });
  }
  if (base && dbName && !shared) {
    const template = options.from?.database;
    await adminQuery(base, `CREATE DATABASE ${dbName}${template ? ` TEMPLATE ${template}` : ''}`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LIANXIN_DATA_DIR: dataDir,
    LIANXIN_MODE: 'demo',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  if (base && dbName) {
    env.DATABASE_URL = withDatabase(base, dbName);
  } else {
    delete env.DATABASE_URL;
  }
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`server exited: ${output}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    database: dbName,
    pid: child.pid ?? 0,
    databaseUrl: env.DATABASE_URL,
    logs: () => output,
    exited,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await removeSnapshot({ dataDir, database: shared ? null : dbName });
    },
    async stopAsSnapshot() {
      child.kill('SIGTERM');
      await exited;
      return { dataDir, database: dbName };
    },
  };
}

export async function removeSnapshot(snapshot: ServerSnapshot): Promise<void> {
  rmSync(snapshot.dataDir, { recursive: true, force: true });
  const base = process.env.DATABASE_URL;
  if (base && snapshot.database) {
    await adminQuery(base, `DROP DATABASE IF EXISTS ${snapshot.database} WITH (FORCE)`);
  }
}
