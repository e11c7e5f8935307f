import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningStaticServer } from './static-server.js';

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

describe('the demo static server', () => {
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
