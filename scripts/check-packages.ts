/**
 * Publishing hygiene, on every test run after `pnpm build`: packs each publishable package with
 * `pnpm pack` (applying `publishConfig`, as `pnpm publish` would), then checks the tarball with
 * publint, Are the Types Wrong? (`esm-only` profile, see `packages/attw-findings.ts`) and our own
 * rules: publishable (not private, public access, a Node.js floor), required files present, no
 * tests, build metadata or (in the widget) mock code, no workspace-only condition left in
 * `exports`, no undeclared imports, source maps that lead to shipped sources. Prints a table; exits 1 on any error.
 * Leaves nothing behind (temporary folder). Run: `pnpm check:packages`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attwFindings } from './packages/attw-findings.js';
import { fileFindings } from './packages/file-rules.js';
import { importFindings } from './packages/import-rules.js';
import { manifestFindings } from './packages/manifest-rules.js';
import { pack, type PackedPackage } from './packages/pack.js';
import { publishable, type PublishableSpec } from './packages/publishable.js';
import { publintFindings } from './packages/publint-findings.js';
import { printReport, type PackageResult } from './packages/report.js';
import { sourceMapFindings } from './packages/source-maps.js';

const root = fileURLToPath(new URL('..', import.meta.url));

async function check(
  packed: PackedPackage,
  spec: PublishableSpec,
  privateNames: ReadonlySet<string>,
): Promise<PackageResult> {
  const findings = [
    ...manifestFindings(packed, privateNames),
    ...(await Promise.all([
      fileFindings(packed, spec),
      importFindings(packed),
      sourceMapFindings(packed),
      publintFindings(packed.root),
      attwFindings(packed.tarball),
    ]).then((lists) => lists.flat())),
  ];
  const { manifest, files } = packed;
  return {
    name: manifest.name,
    version: manifest.version,
    isPrivate: manifest.private === true,
    fileCount: files.size,
    unpackedBytes: [...files.values()].reduce((sum, size) => sum + size, 0),
    tarballBytes: packed.tarballBytes,
    findings,
  };
}

const workDir = await mkdtemp(join(tmpdir(), 'opin-check-packages-'));
try {
  const packedAll = await Promise.all(
    publishable.map((spec) => pack(join(root, spec.dir), workDir)),
  );
  const privateNames = new Set(
    packedAll.filter((packed) => packed.manifest.private).map((packed) => packed.manifest.name),
  );
  const results = await Promise.all(
    publishable.map((spec, index) => {
      const packed = packedAll[index];
      if (!packed) throw new Error(`${spec.dir} was not packed`);
      return check(packed, spec, privateNames);
    }),
  );
  const errors = printReport(results);
  console.log(
    errors ? `\n${errors} error(s): not ready to publish.` : '\nAll packages ready to publish.',
  );
  process.exitCode = errors ? 1 : 0;
} finally {
  await rm(workDir, { recursive: true, force: true });
}
