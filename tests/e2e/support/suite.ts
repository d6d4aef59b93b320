import { afterAll, beforeAll } from 'vitest';
import { startServer, type StaticServer } from './server';

/** What a browser suite runs against; filled in before its first test. */
export interface SuiteEnv<H> {
  server: StaticServer;
  h: H;
}

/** Starts the static server and a browser with the extension before the suite, and closes both after it. */
export function serverAndBrowser<H extends { close(): Promise<void> }>(launch: () => Promise<H>): SuiteEnv<H> {
  const env = {} as SuiteEnv<H>;
  beforeAll(async () => {
    env.server = await startServer();
    env.h = await launch();
  });
  afterAll(async () => {
    await env.h?.close();
    await env.server?.close();
  });
  return env;
}
