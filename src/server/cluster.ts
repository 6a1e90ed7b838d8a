import cluster, { type Worker } from 'node:cluster';

/** How long a stop waits for the workers to finish their requests and seal their audit entries. */
const STOP_WAIT_MS = 30_000;
/** A worker that lived less than this counts as a crash loop: its replacement waits longer each time. */
const SHORT_LIFE_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * The primary of a multi-process start (main.ts): forks `count` workers that serve one port, then keeps them
 * there. `onReady` runs once all have listened. A worker that dies before that fails the start (a port in
 * use, a broken build: starting again would fail again); one that dies later is replaced, at once unless it
 * lived only briefly. SIGINT or SIGTERM stops every worker with SIGTERM, so each finishes its requests and
 * seals its audit entries (main.ts `serve`), and the primary exits when all have — with 1 if any failed to,
 * or had to be killed after STOP_WAIT_MS.
 */
export function superviseWorkers(count: number, onReady: () => void): void {
  const live = new Set<Worker>();
  const started = new Map<Worker, number>();
  let listening = 0;
  let ready = false;
  let stopping = false;
  let failed = false;
  let shortLives = 0;
  const restarts = new Set<NodeJS.Timeout>();

  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    started.set(worker, Date.now());
  };

  const stop = (reason: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`${reason}: stopping ${live.size} server processes`);
    for (const timer of restarts) {
      clearTimeout(timer);
    }
    for (const worker of live) {
      worker.process.kill('SIGTERM');
    }
    const deadline = setTimeout(() => {
      failed = true;
      for (const worker of live) {
        console.error(`server process ${worker.process.pid} did not stop in time; killing it`);
        worker.process.kill('SIGKILL');
      }
    }, STOP_WAIT_MS);
    deadline.unref();
    if (live.size === 0) {
      process.exit(failed ? 1 : 0);
    }
  };

  cluster.on('listening', (worker) => {
    listening += 1;
    if (ready) {
      console.log(`server process ${worker.process.pid} is serving`);
    } else if (listening === count) {
      ready = true;
      onReady();
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    const lived = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    if (stopping) {
      // Killed by our SIGTERM itself: a replacement still starting, which had not yet taken its handlers — nor
      // any request (main.ts installs them before listening).
      failed ||= code !== 0 && signal !== 'SIGTERM';
      if (live.size === 0) {
        process.exit(failed ? 1 : 0);
      }
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!ready) {
      console.error(`server process ${worker.process.pid} ended (${how}) before the start completed`);
      failed = true;
      stop('start failed');
      return;
    }
    shortLives = lived < SHORT_LIFE_MS ? shortLives + 1 : 0;
    const delay = shortLives === 0 ? 0 : Math.min(1000 * 2 ** shortLives, MAX_RESTART_DELAY_MS);
    console.error(
      `server process ${worker.process.pid} ended (${how}); starting another${delay ? ` in ${delay / 1000} s` : ''}`,
    );
    const timer = setTimeout(() => {
      restarts.delete(timer);
      if (!stopping) {
        fork();
      }
    }, delay);
    restarts.add(timer);
  });

  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  for (let i = 0; i < count; i++) {
    fork();
  }
}
