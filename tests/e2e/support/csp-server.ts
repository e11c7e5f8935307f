/**
 * A tiny static server for the strict-CSP end-to-end test: serves directories like the demo's
 * server (same path rules and content types, from examples/serve), but sends a
 * `Content-Security-Policy` header with every response and collects the violation reports the
 * browser POSTs to {@link cspReportPath} (the policy's `report-uri`). The demo's own server cannot
 * add headers, and it stays as it is.
 * @internal
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, sep } from 'node:path';
import { contentTypeOf } from '../../../examples/serve/content-types.js';
import {
  resolveRequestPath,
  type StaticMount,
} from '../../../examples/serve/resolve-request-path.js';

export type { StaticMount } from '../../../examples/serve/resolve-request-path.js';

/** Where the browser sends violation reports; a same-origin, relative `report-uri`. */
export const cspReportPath = '/csp-report';

/** One `report-uri` report: the body's `csp-report` object, as the browser sent it. */
export type CspReport = Readonly<Record<string, unknown>>;

/** What to serve, under which policy. */
export interface CspServerOptions {
  /** URL prefixes and their directories; the longest matching prefix wins. */
  mounts: readonly StaticMount[];
  /** The `Content-Security-Policy` header value of every response. */
  policy: string;
}

/** A running server. */
export interface RunningCspServer {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  url: string;
  /** Every report received so far, oldest first. */
  readonly reports: readonly CspReport[];
  close(): Promise<void>;
}

const maxReportBytes = 64 * 1024;

/** Starts serving `options.mounts` on a free loopback port. */
export async function startCspServer(options: CspServerOptions): Promise<RunningCspServer> {
  const reports: CspReport[] = [];
  const headers = {
    'Content-Security-Policy': options.policy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
  const server = createServer((req, res) => {
    const handled =
      req.url === cspReportPath && req.method === 'POST'
        ? receiveReport(req, res, reports)
        : serveFile(req, res, options.mounts, headers);
    handled.catch(() => {
      if (res.headersSent) res.destroy();
      else res.writeHead(500, headers).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    reports,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Keeps the `csp-report` object of a report body (`application/csp-report` JSON). */
async function receiveReport(
  req: IncomingMessage,
  res: ServerResponse,
  reports: CspReport[],
): Promise<void> {
  let body = '';
  for await (const chunk of req as AsyncIterable<Buffer>) {
    body += chunk.toString('utf8');
    if (body.length > maxReportBytes) break;
  }
  const parsed: unknown = JSON.parse(body);
  const report =
    typeof parsed === 'object' && parsed !== null && 'csp-report' in parsed
      ? parsed['csp-report']
      : parsed;
  reports.push(typeof report === 'object' && report !== null ? { ...report } : { body });
  res.writeHead(204).end();
}

/** GET and HEAD of a file under a mount, with the policy; 404 for anything else. */
async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  mounts: readonly StaticMount[],
  headers: Readonly<Record<string, string>>,
): Promise<void> {
  const resolved =
    req.method === 'GET' || req.method === 'HEAD'
      ? resolveRequestPath(req.url ?? '/', mounts)
      : undefined;
  if (resolved?.kind === 'redirect') {
    res.writeHead(301, { ...headers, Location: resolved.location }).end();
    return;
  }
  let file = resolved?.kind === 'file' ? resolved.path : undefined;
  if (file !== undefined && (await stat(file).catch(() => undefined))?.isDirectory()) {
    file = join(file, 'index.html');
  }
  const info = file === undefined ? undefined : await stat(file).catch(() => undefined);
  if (file === undefined || resolved?.kind !== 'file' || !info?.isFile()) {
    return notFound(res, headers);
  }
  const [realFile, realDirectory] = await Promise.all([
    realpath(file),
    realpath(resolved.mount.directory),
  ]);
  if (!realFile.startsWith(realDirectory + sep)) return notFound(res, headers);
  res.writeHead(200, {
    ...headers,
    'Content-Type': contentTypeOf(file),
    'Content-Length': info.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on('error', reject).pipe(res).on('close', resolve);
  });
}

function notFound(res: ServerResponse, headers: Readonly<Record<string, string>>): void {
  res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}
