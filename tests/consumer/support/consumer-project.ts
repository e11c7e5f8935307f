/**
 * A stranger's project: a new folder under the system's temporary directory (outside the
 * workspace, so nothing resolves from its `node_modules`), with the published packages packed as
 * `pnpm publish` would pack them and installed from those tarballs by `npm install`, next to
 * esbuild at the version the workspace pins.
 * @internal
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack, type PackedPackage } from '../../../scripts/packages/pack.js';
import { publishable } from '../../../scripts/packages/publishable.js';
import { run } from './processes.js';

/** The installed project. */
export interface ConsumerProject {
  /** The project folder (with `package.json` and `node_modules`). */
  dir: string;
  /** The packed packages, by name. */
  packages: ReadonlyMap<string, PackedPackage>;
}

const npmInstallCeilingMs = 10 * 60_000;

/** A new temporary folder for the test; remove it with {@link removeWorkDir}. */
export function createWorkDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'opin-consumer-'));
}

/** Removes `workDir` and everything in it. */
export function removeWorkDir(workDir: string): Promise<void> {
  return rm(workDir, { recursive: true, force: true });
}

/** Packs the publishable packages of `repoRoot` into `workDir/packs`. */
export async function packAll(repoRoot: string, workDir: string): Promise<PackedPackage[]> {
  const missing = publishable.filter((spec) => !existsSync(join(repoRoot, spec.dir, 'dist')));
  if (missing.length) {
    throw new Error(`${missing.map((spec) => spec.dir).join(', ')} not built: run \`pnpm build\``);
  }
  const packs = join(workDir, 'packs');
  await mkdir(packs);
  return Promise.all(publishable.map((spec) => pack(join(repoRoot, spec.dir), packs)));
}

/** Writes `workDir/project/package.json` depending on the tarballs, then runs `npm install`. */
export async function installProject(
  repoRoot: string,
  workDir: string,
  packed: readonly PackedPackage[],
): Promise<ConsumerProject> {
  const dir = join(workDir, 'project');
  await mkdir(dir);
  const dependencies = Object.fromEntries(
    packed.map((item) => [item.manifest.name, `file:${item.tarball}`]),
  );
  const manifest = {
    name: 'opin-consumer-check',
    private: true,
    type: 'module',
    dependencies: { ...dependencies, esbuild: await pinnedVersion(repoRoot, 'esbuild') },
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: dir,
    ceilingMs: npmInstallCeilingMs,
  });
  for (const item of packed) {
    const nested = join(dir, 'node_modules', item.manifest.name, 'node_modules', '@opin');
    if (existsSync(nested)) {
      throw new Error(`npm installed a second copy of @opin packages in ${nested}`);
    }
  }
  return { dir, packages: new Map(packed.map((item) => [item.manifest.name, item])) };
}

/** The exact version of a devDependency in the workspace's root `package.json`. */
async function pinnedVersion(repoRoot: string, name: string): Promise<string> {
  const root = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = root.devDependencies?.[name];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(
      `the workspace does not pin ${name} to an exact version (${version ?? 'none'})`,
    );
  }
  return version;
}
