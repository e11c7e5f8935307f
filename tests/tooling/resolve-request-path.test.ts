import { describe, expect, it } from 'vitest';
import {
  resolveRequestPath,
  type StaticMount,
} from '../../tools/src/static-server/resolve-request-path.js';

const mounts: StaticMount[] = [
  { prefix: '/', directory: '/srv/examples' },
  { prefix: '/widget/', directory: '/srv/widget/dist' },
];
const resolve = (target: string) => resolveRequestPath(target, mounts);

describe('mapping a request path to a served file', () => {
  it('finds files under the longest matching prefix', () => {
    expect(resolve('/desk-console/index.html?api=x')).toMatchObject({
      kind: 'file',
      path: '/srv/examples/desk-console/index.html',
    });
    expect(resolve('/widget/opin-support.js')).toMatchObject({
      kind: 'file',
      path: '/srv/widget/dist/opin-support.js',
      mount: mounts[1],
    });
    expect(resolve('/')).toMatchObject({ kind: 'file', path: '/srv/examples' });
  });

  it('decodes percent-encoded names', () => {
    expect(resolve('/a%20b.html')).toMatchObject({ path: '/srv/examples/a b.html' });
  });

  it('redirects a mount or directory without its trailing slash, keeping the query', () => {
    expect(resolve('/widget?x=1')).toEqual({ kind: 'redirect', location: '/widget/?x=1' });
    expect(resolve('/desk-console?api=y')).toMatchObject({
      kind: 'file',
      directoryLocation: '/desk-console/?api=y',
    });
    expect(resolve('/desk-console/')).toMatchObject({ directoryLocation: undefined });
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/desk-console/..%2f..%2fpackage.json',
    '/widget/../../../package.json',
    '/widget/%2e%2e%2f%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/%2e%2e%5c..%5cpackage.json',
    '/.%2e/package.json',
    '/.env',
    '/desk-console/%00index.html',
    '//evil.example/',
  ])('refuses %s', (target) => {
    expect(resolve(target)).toEqual({ kind: 'not_found' });
  });

  it('answers a malformed path as a bad request', () => {
    expect(resolve('/%E0%A4%A')).toEqual({ kind: 'bad_request' });
    expect(resolve('*')).toEqual({ kind: 'bad_request' });
  });
});
