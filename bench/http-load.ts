import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { percentile } from './stats';

/** One load run: the requests are rotated across all connections, so each one sends different bodies. */
export type LoadSpec = {
  url: string;
  connections: number;
  seconds: number;
  /** Stop after this many requests instead (each request once: moves cannot repeat). */
  amount?: number;
  cookie: string;
  requests: { method: 'GET' | 'POST'; path: string; body?: string }[];
};

export type LoadResult = {
  seconds: number;
  connections: number;
  ok: number;
  /** Responses outside 2xx, by status, and the first few bodies to say why. */
  failed: number;
  statusCodes: Record<string, number>;
  failures: string[];
  errors: number;
  timeouts: number;
  /** 2xx responses per second. */
  okPerSecond: number;
  /** Latency of the 2xx responses, ms. */
  latency: { p50: number; p95: number; p99: number; max: number };
};

/**
 * Runs autocannon in a child process, so the load generator and the server under test (which owns the database
 * when it is PGlite) do not share an event loop. The child is this same file.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lianxin-load-'));
  const specFile = path.join(dir, 'spec.json');
  const resultFile = path.join(dir, 'result.json');
  writeFileSync(specFile, JSON.stringify(spec));
  try {
    const self = fileURLToPath(import.meta.url);
    const child = spawn(process.execPath, ['--import', 'tsx', self, specFile, resultFile], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) {
      throw new Error(`load generator exited with ${code}`);
    }
    return JSON.parse(readFileSync(resultFile, 'utf8')) as LoadResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function child(specFile: string, resultFile: string) {
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as LoadSpec;
  let next = 0;
  const failures: string[] = [];
  const times: number[] = [];
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.seconds }),
    timeout: 30,
    excludeErrorStats: true,
    headers: { cookie: spec.cookie, 'content-type': 'application/json', 'accept-language': 'zh-CN' },
    requests: [
      {
        setupRequest: (request) => {
          const item = spec.requests[next++ % spec.requests.length];
          return { ...request, method: item?.method, path: item?.path, body: item?.body };
        },
        onResponse: (status, body) => {
          if ((status < 200 || status >= 300) && failures.length < 5) {
            failures.push(`${status} ${body.slice(0, 300)}`);
          }
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) {
      times.push(ms);
    }
  });
  const result = await instance;
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count]),
  );
  const out: LoadResult = {
    seconds: result.duration,
    connections: spec.connections,
    ok: result['2xx'],
    failed: result.non2xx,
    statusCodes,
    failures,
    errors: result.errors,
    timeouts: result.timeouts,
    okPerSecond: +(result['2xx'] / result.duration).toFixed(1),
    latency: {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      max: percentile(times, 100),
    },
  };
  writeFileSync(resultFile, JSON.stringify(out));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [specFile, resultFile] = process.argv.slice(2);
  if (!specFile || !resultFile) {
    throw new Error('usage: http-load.ts <spec.json> <result.json>');
  }
  child(specFile, resultFile).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
