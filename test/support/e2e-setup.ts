import type { TestProject } from 'vitest/node';
import { removeSnapshot, type ServerSnapshot, startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo region as a first start leaves it, for every journey's server to start from a copy of. */
    demoSnapshot: ServerSnapshot;
  }
}

/**
 * Starts the real server once on a fresh database, lets it seed the demo region, and keeps what it wrote:
 * seeding takes longer than any journey, and every journey wants the same demo.
 */
export default async function setup(project: TestProject) {
  const server = await startServer();
  const snapshot = await server.stopAsSnapshot();
  project.provide('demoSnapshot', snapshot);
  return () => removeSnapshot(snapshot);
}
