/**
 * Rules on the file list of a tarball: what must ship (README, generated manifests, declared
 * extras) and what must not (tests, build metadata, dev configs, and — for browser packages —
 * msw or mock-server code).
 * @internal
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { error, type Finding } from './finding.js';
import type { PackedPackage } from './pack.js';
import type { PublishableSpec } from './publishable.js';

/** Files no tarball should carry, and why. */
const forbidden: readonly [RegExp, string][] = [
  [/(^|\/)(test|tests|__tests__|__mocks__)\//, 'a test folder'],
  [/\.(test|spec)\.[cm]?[jt]sx?(\.map)?$|\.(test|spec)\.d\.[cm]?ts$/, 'a test file'],
  [/^dist\/meta\.json$/, 'esbuild metadata (build-only)'],
  [/\.tsbuildinfo$|(^|\/)tsconfig[^/]*\.json$/, 'a TypeScript build file'],
  [/^[^/]*\.config\.[cm]?[jt]s$|^\.[^/]+rc(\.[a-z]+)?$/, 'a dev tool config'],
];

/** msw and the mock server, by file name or by what the code imports or fetches. */
const mockFileName = /(^|\/)[^/]*(mock|msw)[^/]*$/i;
const mockCode = /["'](msw|msw\/[\w/]+|@opin\/support-mock-server[\w/]*)["']|mockServiceWorker/;

/** Missing and forbidden files of `packed`, according to `spec`. */
export async function fileFindings(
  packed: PackedPackage,
  spec: PublishableSpec,
): Promise<Finding[]> {
  const files = [...packed.files.keys()];
  const findings: Finding[] = [];
  const builtExtras = spec.requiredIfBuilt.filter((file) =>
    existsSync(join(packed.sourceDir, file)),
  );
  const required = [...spec.required, ...builtExtras, packed.manifest.customElements ?? []].flat();
  for (const file of ['package.json', ...required]) {
    if (!packed.files.has(file.replace(/^\.\//, ''))) {
      findings.push(error('files', `${file} is missing from the tarball: add it to "files"`));
    }
  }
  if (!files.some((file) => /^readme(\.md)?$/i.test(file))) {
    findings.push(error('files', 'README is missing from the tarball'));
  }
  for (const [pattern, what] of forbidden) {
    const leaked = files.filter((file) => pattern.test(file));
    if (leaked.length) findings.push(error('files', `${what} ships: ${sample(leaked)}`));
  }
  if (spec.forbidMockCode) findings.push(...(await mockFindings(packed, files)));
  return findings;
}

async function mockFindings(packed: PackedPackage, files: string[]): Promise<Finding[]> {
  const named = files.filter((file) => mockFileName.test(file));
  const importing: string[] = [];
  for (const file of files.filter((name) => /\.(m?js|d\.m?ts)$/.test(name))) {
    if (mockCode.test(await readFile(join(packed.root, file), 'utf8'))) importing.push(file);
  }
  return [
    ...(named.length ? [error('files', `mock files ship: ${sample(named)}`)] : []),
    ...(importing.length
      ? [error('files', `msw or mock-server code ships in ${sample(importing)}`)]
      : []),
  ];
}

function sample(files: string[]): string {
  const shown = files.slice(0, 3).join(', ');
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}
