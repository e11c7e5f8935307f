/**
 * The mock API as a real HTTP server on node:http (used by the CLI, load tests and SDK tests).
 * It never crashes on input: every failure becomes a JSON error response.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createNodeListener,
  isLoopback,
  limitConnections,
  parseIp,
  resolveConnectionLimits,
  serverTimingOptions,
  type ConnectionLimits,
} from '@opin/support-http/node';
import { controlPathOf, resolveOptions } from '@opin/support-http';
import { createMockApi, deskKeyFor, desks, type MockApi, type MockApiOptions } from '../index.js';
import { logInternalError } from '../log-internal-error.js';

/** Options of `startMockServer`: the API's options, where to listen, timeouts and caps. */
export interface MockServerOptions extends MockApiOptions, ConnectionLimits {
  /**
   * TCP port; `0` picks any free port.
   * @default 0
   */
  port?: number;
  /**
   * Interface to listen on.
   * @default '127.0.0.1'
   */
  host?: string;
}

/** A running mock server. */
export interface RunningMockServer {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  /** `url` + `/api/v1` */
  apiBase: string;
  /** Every desk's key, by desk id (`dev-<deskId>`). */
  deskKeys: Record<string, string>;
  /** The mock API behind the server: reset it, move its clock. */
  api: MockApi;
  /** Stops listening and ends every open connection, event streams included. */
  close(): Promise<void>;
}

/** Starts the mock API on an HTTP server. */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const {
    port = 0,
    host = '127.0.0.1',
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs,
    maxConnections,
    maxConnectionsPerClient,
    ...apiOptions
  } = options;
  const limits = resolveConnectionLimits({
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs,
    maxConnections,
    maxConnectionsPerClient,
  });
  const api = createMockApi(apiOptions);
  let origin = '';
  const listener = createNodeListener(api.handlers, {
    origin: () => origin,
    reportError: logInternalError,
    controlPath: controlPathOf(resolveOptions(apiOptions)),
  });
  const server = createServer(serverTimingOptions(limits), listener);
  limitConnections(server, limits, apiOptions.trustedProxies ?? []);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${displayHost(host)}:${address.port}`;
  warnUnlessLoopback(address.address);

  return {
    url: origin,
    apiBase: `${origin}/api/v1`,
    deskKeys: Object.fromEntries(desks.map((desk) => [desk.id, deskKeyFor(desk.id)])),
    api,
    close: () =>
      new Promise<void>((resolve) => {
        listener.endStreams();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Warns (one line on stderr) when the server is reachable from other machines: the mock has
 * well-known desk keys and endpoints that reset or inspect it.
 */
function warnUnlessLoopback(address: string): void {
  const bytes = parseIp(address);
  if (bytes !== undefined && isLoopback(bytes)) return;
  console.warn(
    `[opin-mock-server] warning: listening on ${address}, not on loopback: other machines can reach this mock, its well-known desk keys and /_mock/*. Use --host 127.0.0.1 unless that is intended.`,
  );
}

/** A host as it goes into a URL: wildcard hosts (0.0.0.0, ::) become loopback, IPv6 gets brackets. */
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
