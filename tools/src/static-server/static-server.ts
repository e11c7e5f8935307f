/**
 * A small static file server for test and benchmark pages (the strict-CSP end-to-end test, the
 * browser benchmark, the consumer test; the demo itself is served by vite): GET and HEAD only, the right content types, no
 * directory listings, nothing outside the served directories (checked on the real path, so
 * symbolic links cannot lead out either), a 404 page, and on request gzip for text files.
 * @internal
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeOf } from './content-types.js';
import { resolveRequestPath, type StaticMount } from './resolve-request-path.js';

export type { StaticMount } from './resolve-request-path.js';

/** Where and what to serve. */
export interface StaticServerOptions {
  /** URL prefixes and their directories; the longest matching prefix wins. */
  mounts: readonly StaticMount[];
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Headers for every response (a `Content-Security-Policy`, say); they win over the defaults. */
  headers?: Readonly<Record<string, string>>;
  /**
   * Answers a request before the files are looked at (a report endpoint, say); resolves to
   * `false` to leave the request to them.
   */
  handle?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /**
   * Gzips text files (level 9) for clients that accept it, as a CDN would.
   * @default false
   */
  gzip?: boolean;
}

/** A running static server. */
export interface RunningStaticServer {
  /** e.g. `http://127.0.0.1:4000` */
  url: string;
  close(): Promise<void>;
}

const defaultHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
  'Referrer-Policy': 'no-referrer',
};

type Headers = Readonly<Record<string, string>>;

/** Starts serving `options.mounts`. */
export async function startStaticServer(
  options: StaticServerOptions,
): Promise<RunningStaticServer> {
  const { port = 0, host = '127.0.0.1' } = options;
  const mounts = options.mounts.map((m) => ({
    ...m,
    directory: m.directory.replace(/[\\/]+$/, ''),
  }));
  const headers = { ...defaultHeaders, ...options.headers };
  const gzipped = options.gzip ? new Map<string, Buffer>() : undefined;
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    if (!(await options.handle?.(req, res))) {
      await serve(req, res, mounts, headers, gzipped);
    }
  };
  const server = createServer((req, res) => {
    answer(req, res).catch(() => {
      if (!res.headersSent)
        sendPage(res, headers, 500, 'Server error', 'The file could not be read.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostPart}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  mounts: readonly StaticMount[],
  headers: Headers,
  /** Gzipped bodies by file and version; `undefined` when the server does not gzip. */
  gzipped: Map<string, Buffer> | undefined,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendPage(res, headers, 405, 'Method not allowed', 'Only GET and HEAD are served here.');
    return;
  }
  const target = req.url ?? '/';
  const resolved = resolveRequestPath(target, mounts);
  if (resolved.kind === 'bad_request') {
    return sendPage(res, headers, 400, 'Bad request', 'Unreadable path.');
  }
  if (resolved.kind === 'redirect') return redirect(res, headers, resolved.location);
  if (resolved.kind === 'not_found') return notFound(res, headers);

  let file = resolved.path;
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (resolved.directoryLocation !== undefined) {
      return redirect(res, headers, resolved.directoryLocation);
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile() || !(await isInside(file, resolved.mount.directory))) {
    return notFound(res, headers);
  }

  const type = contentTypeOf(file);
  if (gzipped && isCompressible(type)) {
    // Varies by request header whether compressed or not, so say so either way.
    res.setHeader('Vary', 'Accept-Encoding');
    if (acceptsGzip(req)) {
      // Compressed once per file version, as a CDN caches it.
      const key = `${file}\0${info.mtimeMs}\0${info.size}`;
      const body = gzipped.get(key) ?? gzipSync(await readFile(file), { level: 9 });
      gzipped.set(key, body);
      res.writeHead(200, {
        ...headers,
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
  }
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': info.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on('error', reject).pipe(res).on('finish', resolve).on('close', resolve);
  });
}

/** Text formats, which compress well (images other than SVG and fonts are compressed already). */
function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/.test(type);
}

/** True when the request's `Accept-Encoding` lists gzip without `q=0`. */
function acceptsGzip(req: IncomingMessage): boolean {
  const accepted = (req.headers['accept-encoding'] ?? '').split(',');
  return accepted.some((entry) => {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    const zero = parameters.some((p) => /^q=0(\.0*)?$/.test(p));
    return (coding === 'gzip' || coding === '*') && !zero;
  });
}

/** True when the real path of `file` (links followed) lies in the real `directory`. */
async function isInside(file: string, directory: string): Promise<boolean> {
  const [realFile, realDirectory] = await Promise.all([realpath(file), realpath(directory)]);
  return realFile.startsWith(realDirectory + sep);
}

function redirect(res: ServerResponse, headers: Headers, location: string): void {
  res.writeHead(301, { ...headers, Location: location, 'Content-Length': 0 });
  res.end();
}

function notFound(res: ServerResponse, headers: Headers): void {
  sendPage(res, headers, 404, 'Not found', 'There is no such page here.');
}

function sendPage(
  res: ServerResponse,
  headers: Headers,
  status: number,
  title: string,
  text: string,
): void {
  const body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title} — Opin.fi support</title></head>
<body>
<h1>${title}</h1>
<p>${text}</p>
<p><a href="/">All examples</a></p>
</body>
</html>
`;
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
