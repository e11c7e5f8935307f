import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startStaticServer,
  type RunningStaticServer,
} from '../../tools/src/static-server/static-server.js';

const SECRET = 'secret-outside-the-served-folders';
let base: string;
let server: RunningStaticServer;

/** A request sent exactly as written: no URL normalization, unlike `fetch`. */
function raw(path: string, method = 'GET') {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ hostname, port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'opin-static-'));
  const site = join(base, 'site');
  const widget = join(base, 'widget');
  mkdirSync(join(site, 'desk-console', 'dist'), { recursive: true });
  mkdirSync(join(site, 'empty'), { recursive: true });
  mkdirSync(widget);
  writeFileSync(join(base, 'package.json'), SECRET);
  writeFileSync(join(site, 'index.html'), '<h1>Examples</h1>');
  writeFileSync(join(site, 'desk-console', 'index.html'), '<h1>Console</h1>');
  writeFileSync(join(site, 'desk-console', 'dist', 'main.js'), 'export {};');
  writeFileSync(join(site, 'desk-console', 'styles.css'), 'body{}');
  writeFileSync(join(site, 'data.json'), '{}');
  writeFileSync(join(site, 'logo.svg'), '<svg/>');
  writeFileSync(join(site, 'blob.bin'), 'x');
  writeFileSync(join(site, '.env'), SECRET);
  writeFileSync(join(widget, 'opin-support.js'), 'export const widget = 1;');
  symlinkSync(base, join(site, 'escape'));
  server = await startStaticServer({
    mounts: [
      { prefix: '/', directory: site },
      { prefix: '/widget/', directory: widget },
    ],
  });
});

afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

describe('the static server of the test pages', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', '<h1>Examples</h1>'],
    ['/desk-console/', 'text/html; charset=utf-8', '<h1>Console</h1>'],
    ['/desk-console/dist/main.js', 'text/javascript; charset=utf-8', 'export {};'],
    ['/desk-console/styles.css?v=1', 'text/css; charset=utf-8', 'body{}'],
    ['/data.json', 'application/json; charset=utf-8', '{}'],
    ['/logo.svg', 'image/svg+xml', '<svg/>'],
    ['/blob.bin', 'application/octet-stream', 'x'],
    ['/widget/opin-support.js', 'text/javascript; charset=utf-8', 'export const widget = 1;'],
  ])('serves %s as %s', async (path, type, body) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await raw('/desk-console/dist/main.js', 'HEAD');
    expect(response).toMatchObject({ status: 200, body: '' });
    expect(response.headers['content-length']).toBe('10');
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await raw('/desk-console?api=http%3A%2F%2Fx');
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/desk-console/?api=http%3A%2F%2Fx');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/desk-console/..%2f..%2fpackage.json',
    '/widget/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/.env',
    '/escape/package.json',
  ])('refuses %s with the 404 page', async (path) => {
    const response = await raw(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).toContain('<h1>Not found</h1>');
  });

  it('shows the 404 page for missing files and for folders without an index', async () => {
    for (const path of ['/nothing-here.html', '/empty/', '/widget/missing.js']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<a href="/">All examples</a>');
    }
  });

  it('refuses other methods and malformed paths', async () => {
    const post = await raw('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
    expect((await raw('/%E0%A4%A')).status).toBe(400);
  });
});

describe('the static server with headers of its own and a route before the files', () => {
  it('adds the headers to every answer and lets the route answer first', async () => {
    const site = mkdtempSync(join(tmpdir(), 'opin-static-headers-'));
    writeFileSync(join(site, 'index.html'), '<h1>Portal</h1>');
    const received: string[] = [];
    const custom = await startStaticServer({
      mounts: [{ prefix: '/', directory: site }],
      headers: { 'Content-Security-Policy': "default-src 'self'", 'Cache-Control': 'no-store' },
      handle: (req, res) => {
        if (req.url !== '/report' || req.method !== 'POST') return false;
        received.push(req.method);
        res.writeHead(204).end();
        return true;
      },
    });
    try {
      for (const path of ['/', '/missing', '/..%2f']) {
        const response = await fetch(`${custom.url}${path}`);
        expect(response.headers.get('content-security-policy'), path).toBe("default-src 'self'");
        expect(response.headers.get('cache-control'), path).toBe('no-store');
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      }
      expect(await (await fetch(custom.url)).text()).toBe('<h1>Portal</h1>');
      const report = await fetch(`${custom.url}/report`, { method: 'POST', body: '{}' });
      expect(report.status).toBe(204);
      expect(received).toEqual(['POST']);
      expect((await fetch(`${custom.url}/report`)).status).toBe(404);
    } finally {
      await custom.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('the static server with gzip', () => {
  it('gzips text files for clients that accept it, and nothing else', async () => {
    const site = mkdtempSync(join(tmpdir(), 'opin-static-gzip-'));
    const script = `export const text = '${'Tarvitsetko apua? '.repeat(50)}';`;
    writeFileSync(join(site, 'widget.js'), script);
    writeFileSync(join(site, 'logo.png'), 'not really a png');
    const gzipping = await startStaticServer({
      mounts: [{ prefix: '/', directory: site }],
      gzip: true,
    });
    const get = (path: string, acceptEncoding?: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const { hostname, port } = new URL(gzipping.url);
        const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
        request({ hostname, port, path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    try {
      const zipped = await get('/widget.js', 'br, gzip;q=0.8');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['vary']).toBe('Accept-Encoding');
      expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
      expect(zipped.body.length).toBeLessThan(script.length / 4);
      expect(gunzipSync(zipped.body).toString('utf8')).toBe(script);

      for (const refused of [undefined, 'identity', 'gzip;q=0', 'br']) {
        const plain = await get('/widget.js', refused);
        expect(plain.headers['content-encoding'], refused).toBeUndefined();
        expect(plain.headers['vary'], refused).toBe('Accept-Encoding');
        expect(plain.body.toString('utf8'), refused).toBe(script);
      }
      const image = await get('/logo.png', 'gzip');
      expect(image.headers['content-encoding']).toBeUndefined();
      expect(image.body.toString('utf8')).toBe('not really a png');
      // fetch asks for gzip and unpacks it.
      expect(await (await fetch(`${gzipping.url}/widget.js`)).text()).toBe(script);
    } finally {
      await gzipping.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
