/**
 * The static server of the strict-CSP end-to-end test: the test pages' static server (tools)
 * sending a `Content-Security-Policy` header with every response, plus a route that collects the
 * violation reports the browser POSTs to {@link cspReportPath} (the policy's `report-uri`).
 * @internal
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startStaticServer, type StaticMount } from '@opin/tools/static-server';

export type { StaticMount } from '@opin/tools/static-server';

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
  const server = await startStaticServer({
    mounts: options.mounts,
    headers: { 'Content-Security-Policy': options.policy, 'Cache-Control': 'no-store' },
    handle: async (req, res) => {
      if (req.url !== cspReportPath || req.method !== 'POST') return false;
      await receiveReport(req, res, reports);
      return true;
    },
  });
  return { url: server.url, reports, close: () => server.close() };
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
