/**
 * The support server's lifecycle: listen, open and migrate the database, serve, and close in
 * order. It listens before the database is ready, so `/healthz` answers during a slow first start
 * and `/readyz` says 503 until the migrations are done.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SupportConfig } from '@opin/support-domain';
import { createRequestHandler } from './http/app.js';
import { createFdLogger, type Logger, type LogLevel } from './log/logger.js';
import type { OpenedDatabase } from './storage/opened-database.js';
import { openStorage } from './storage/open.js';
import type { DatabaseTarget } from './storage/target.js';

/** How to run the server. */
export interface SupportServerOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to listen on, e.g. `127.0.0.1`. */
  host: string;
  /** Where the data lives. */
  database: DatabaseTarget;
  /** The desks, topics and articles to serve (`loadConfigDir`, or the demo config). */
  config: SupportConfig;
  /**
   * Demo behaviour: `dev-<deskId>` desk keys and the `/_mock/*` control endpoints, once the HTTP
   * contract is served. Only with `--demo`; never for real learners.
   */
  demo: boolean;
  /** Log verbosity (default `info`); ignored when `logger` is given. */
  logLevel?: LogLevel;
  /** A logger to use instead of JSON lines on stdout. */
  logger?: Logger;
  /** How long closing waits for requests in flight before cutting them (default 10 s). */
  drainTimeoutMs?: number;
}

/** A running server. */
export interface SupportServer {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  /** Settles once the database is open and migrated (rejects if that fails). */
  readonly ready: Promise<void>;
  /** Stops accepting, lets requests in flight finish, closes the database. Safe to call twice. */
  close(): Promise<void>;
}

/** Starts listening, then opens the database; see {@link SupportServer}. */
export async function startSupportServer(options: SupportServerOptions): Promise<SupportServer> {
  const log = options.logger ?? createFdLogger(options.logLevel ?? 'info', 1);
  let opened: OpenedDatabase | null = null;
  const http = createServer(createRequestHandler({ database: () => opened?.db ?? null }, log));
  await listen(http, options.port, options.host);
  const { port } = http.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}`;
  log.info({ url }, 'listening');
  const { desks, topics, articles } = options.config;
  log.info(
    { demo: options.demo, desks: desks.length, topics: topics.length, articles: articles.length },
    'config',
  );

  const opening = openStorage(options.database, log).then((database) => {
    opened = database;
    log.info({ url }, 'ready');
    return database;
  });
  const ready = opening.then(() => undefined);
  ready.catch(() => undefined); // the caller decides; never an unhandled rejection

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      log.info('stopping');
      await stopAccepting(http, options.drainTimeoutMs ?? 10_000);
      const database = await opening.catch(() => null);
      await database?.close();
      opened = null;
      log.info('stopped');
    })();
    return closing;
  };
  return { url, ready, close };
}

function listen(http: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
}

/** Closes the listener and idle connections; cuts the rest after `drainTimeoutMs`. */
function stopAccepting(http: Server, drainTimeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => http.closeAllConnections(), drainTimeoutMs);
    http.close(() => {
      clearTimeout(cut);
      resolve();
    });
    http.closeIdleConnections();
  });
}
