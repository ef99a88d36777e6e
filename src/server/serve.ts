import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { CorroborateError } from '../errors.ts';
import { WorkerAnnotator } from '../parallel/annotator.ts';
import { openSqliteStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { type AppOptions, createApp } from './app.ts';
import { isLoopbackHost, securityHeaders } from './security.ts';
import { projectRoot } from '../project-root.ts';

/** The environment variable read for the bearer token when --token is not given (keeps it out of `ps`). */
export const TOKEN_ENV_VAR = 'CORROBORATE_TOKEN';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7575;
/** Where `npm run build:web` puts the UI. */
export const DEFAULT_WEB_ROOT = path.join(projectRoot(import.meta.dirname), 'dist', 'web');

export interface ServeOptions extends Omit<AppOptions, 'store'> {
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  store: Store;
  webRoot?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Refuses to expose an unauthenticated API beyond this machine. */
export function checkExposure(host: string, token: string | undefined): void {
  if (!isLoopbackHost(host) && !token) {
    throw new CorroborateError(
      'BAD_ARGUMENT',
      `refusing to listen on ${host} without a token: anyone who can reach it could read and write the database. Pass --token T (or set ${TOKEN_ENV_VAR}), or listen on 127.0.0.1`,
    );
  }
}

/** The API under /api and the built UI's files everywhere else, with the same security headers on both. */
function buildSite(options: ServeOptions): Hono {
  const api = createApp(options);
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const site = new Hono();
  site.use('*', securityHeaders());
  site.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  site.all('/api', (c) => api.fetch(c.req.raw, c.env));
  if (existsSync(path.join(webRoot, 'index.html'))) {
    site.use('/*', serveStatic({ root: webRoot }));
  } else {
    site.get('/', (c) => c.text(`The web UI is not built (no ${webRoot}/index.html): run "npm run build:web". The API is at /api.\n`, 503));
  }
  site.notFound((c) => c.text('not found\n', 404));
  return site;
}

/**
 * Starts the HTTP server; resolves once it listens. The caller owns the store (and closes it after `close`).
 * @example const server = await startServer({ store, port: 0 }); console.log(server.url); await server.close();
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  checkExposure(host, options.token);
  // Big uploads are annotated in worker threads, started on the first one and stopped with the server.
  const annotator = new WorkerAnnotator();
  const site = buildSite({ ...options, ingest: { annotator, ...options.ingest } });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: site.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: async () => {
          await new Promise<void>((done) => {
            server.close(() => done());
            // idle keep-alive sockets (a browser's) would hold close() open
            (server as Server).closeAllConnections?.();
          });
          await annotator.close();
        },
      });
    });
    server.once('error', reject);
  });
}

export interface ServeCommandOptions {
  host?: string;
  port?: string;
  db: string;
  token?: string;
}

/** `corroborate serve`: listens until SIGINT or SIGTERM, then closes the server and the database. */
export async function runServe(opts: ServeCommandOptions, log: (line: string) => void): Promise<number> {
  const host = opts.host ?? DEFAULT_HOST;
  const port = opts.port === undefined ? DEFAULT_PORT : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CorroborateError('BAD_ARGUMENT', `--port wants a number from 0 to 65535, got "${opts.port}"`);
  const token = opts.token ?? process.env[TOKEN_ENV_VAR] ?? undefined;
  checkExposure(host, token);
  const store = openSqliteStore(opts.db);
  let server: RunningServer;
  try {
    server = await startServer({ store, host, port, ...(token ? { token } : {}), onInternalError: (err) => log(`error: ${(err as Error)?.stack ?? String(err)}`) });
  } catch (err) {
    store.close();
    throw err;
  }
  log(`corroborate: serving ${opts.db} at ${server.url}/ (API at ${server.url}/api${token ? ', bearer token required' : ''}); Ctrl-C stops`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  store.close();
  return 0;
}
