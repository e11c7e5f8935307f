/**
 * The examples' web server as `run-examples-server.ts` sees it, whichever vite server it is.
 * @internal
 */
import type { AddressInfo } from 'node:net';

/** A running web server for the examples. */
export interface RunningWeb {
  /** e.g. `http://127.0.0.1:4000` (no trailing slash). */
  url: string;
  /** Lines for the banner: what is not built, where the sources come from. */
  notes: readonly string[];
  close(): Promise<void>;
}

/** The address `server` listens on, as a URL without a trailing slash. */
export function listeningUrl(server: { address(): AddressInfo | string | null } | null): string {
  const address = server?.address();
  if (address === null || address === undefined || typeof address === 'string') {
    throw new Error('The examples server is not listening on a TCP port.');
  }
  const { address: host, family, port } = address;
  return `http://${family === 'IPv6' ? `[${host}]` : host}:${port}`;
}
