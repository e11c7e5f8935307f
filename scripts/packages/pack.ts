/**
 * Packs a workspace package with `pnpm pack` (which applies `publishConfig` and replaces
 * `workspace:` ranges, as `pnpm publish` would) and unpacks the tarball to read it back.
 * @internal
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The fields of a packed `package.json` that the checks read. */
export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  engines?: Record<string, string>;
  publishConfig?: { access?: string };
  exports?: unknown;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  customElements?: string;
}

/** A packed package, unpacked into a temporary folder. */
export interface PackedPackage {
  /** The package folder in the workspace. */
  sourceDir: string;
  /** The `.tgz` that `pnpm publish` would upload. */
  tarball: string;
  tarballBytes: number;
  /** The unpacked tarball (its `package/` folder). */
  root: string;
  /** The packed `package.json`. */
  manifest: PackageManifest;
  /** Every file in the tarball (POSIX path relative to `root`) and its size in bytes. */
  files: ReadonlyMap<string, number>;
}

/** Packs `sourceDir` into a new folder under `workDir` and unpacks it there. */
export async function pack(sourceDir: string, workDir: string): Promise<PackedPackage> {
  const destination = join(workDir, basename(sourceDir));
  await mkdir(destination);
  await run('pnpm', ['pack', '--pack-destination', destination], { cwd: sourceDir });
  const tarballName = (await readdir(destination)).find((name) => name.endsWith('.tgz'));
  if (!tarballName) throw new Error(`pnpm pack wrote no tarball for ${sourceDir}`);
  const tarball = join(destination, tarballName);
  await run('tar', ['-xzf', tarballName], { cwd: destination });
  const root = join(destination, 'package');
  const manifest = JSON.parse(
    await readFile(join(root, 'package.json'), 'utf8'),
  ) as PackageManifest;
  return {
    sourceDir,
    tarball,
    tarballBytes: (await stat(tarball)).size,
    root,
    manifest,
    files: await listFiles(root),
  };
}

async function listFiles(root: string): Promise<Map<string, number>> {
  const entries = await readdir(root, { recursive: true });
  const files = new Map<string, number>();
  for (const entry of entries.sort()) {
    const info = await stat(join(root, entry));
    if (info.isFile()) files.set(entry.split('\\').join('/'), info.size);
  }
  return files;
}
