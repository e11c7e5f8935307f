/**
 * The package check's manifest rules that keep the published packages publishable by a stranger's
 * `npm install`: not private, public access for the scoped name, a Node.js floor in `engines`.
 */
import { describe, expect, it } from 'vitest';
import { manifestFindings } from '../../scripts/packages/manifest-rules.js';
import type { PackageManifest, PackedPackage } from '../../scripts/packages/pack.js';

function packed(manifest: Partial<PackageManifest>): PackedPackage {
  return {
    sourceDir: '/repo/packages/sdk',
    tarball: '/tmp/sdk.tgz',
    tarballBytes: 1,
    root: '/tmp/package',
    manifest: {
      name: '@opin/support-sdk',
      version: '0.1.0',
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
      engines: { node: '>=20.3' },
      publishConfig: { access: 'public' },
      ...manifest,
    },
    files: new Map([
      ['package.json', 1],
      ['dist/index.d.ts', 1],
      ['dist/index.js', 1],
    ]),
  };
}

const messages = (manifest: Partial<PackageManifest>) =>
  manifestFindings(packed(manifest), new Set()).map((finding) => finding.message);

describe('the manifest rules for publishing', () => {
  it('accept a public package with a Node.js floor', () => {
    expect(messages({})).toEqual([]);
  });

  it('refuse a private package', () => {
    expect(messages({ private: true })).toEqual([
      '"private": true: pnpm publish refuses to publish it',
    ]);
  });

  it('ask a scoped package for public access', () => {
    expect(messages({ publishConfig: {} })).toEqual([
      'a scoped package needs "publishConfig": { "access": "public" }',
    ]);
    expect(messages({ name: 'unscoped', publishConfig: {} })).toEqual([]);
  });

  it('ask for engines.node', () => {
    expect(messages({ engines: {} })).toEqual([
      'no "engines": { "node": … }: say which Node.js it needs',
    ]);
  });
});
