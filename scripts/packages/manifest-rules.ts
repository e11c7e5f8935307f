/**
 * Rules on a packed `package.json`: what `pnpm publish` would upload must be publishable (not
 * private, public access for a scoped name), say which Node.js it needs, point only at files in
 * the tarball, carry no workspace-only condition or range, and depend on no private package.
 * @internal
 */
import { error, warning, type Finding } from './finding.js';
import type { PackedPackage } from './pack.js';

/** The workspace-only export condition that resolves to TypeScript sources. */
export const sourceCondition = '@opin/source';

/** Every problem with `packed.manifest`; `privateNames` are the workspace's private packages. */
export function manifestFindings(
  packed: PackedPackage,
  privateNames: ReadonlySet<string>,
): Finding[] {
  const { manifest, files } = packed;
  const findings: Finding[] = [...publishingFindings(manifest)];
  for (const [conditions, target] of exportTargets(manifest.exports)) {
    const where = `exports ${conditions.join(' → ')}`;
    if (conditions.includes(sourceCondition)) {
      findings.push(
        error('manifest', `${where} is still in the packed manifest: add publishConfig.exports`),
      );
    } else if (!matchesAFile(target, files)) {
      findings.push(error('manifest', `${where} points to ${target}, which is not in the tarball`));
    }
  }
  for (const [command, target] of binTargets(manifest.bin)) {
    if (!files.has(normalize(target))) {
      findings.push(error('manifest', `bin ${command} points to ${target}, not in the tarball`));
    }
  }
  const ranges = { ...manifest.dependencies, ...manifest.peerDependencies };
  for (const [name, range] of Object.entries({ ...ranges, ...manifest.optionalDependencies })) {
    if (/^(workspace|link|file|portal):/.test(range)) {
      findings.push(error('manifest', `dependency ${name}@${range} cannot be installed from npm`));
    }
    if (privateNames.has(name)) {
      findings.push(error('manifest', `depends on ${name}, which is private (not on npm)`));
    }
  }
  if (manifest.license && ![...files.keys()].some((file) => /^licen[cs]e(\.|$)/i.test(file))) {
    findings.push(
      warning('manifest', `license is ${manifest.license} but the tarball has no LICENSE file`),
    );
  }
  return findings;
}

/** Whether npm would take the package from a stranger's point of view: public, with a Node.js floor. */
function publishingFindings(manifest: PackedPackage['manifest']): Finding[] {
  const findings: Finding[] = [];
  if (manifest.private === true) {
    findings.push(error('manifest', '"private": true: pnpm publish refuses to publish it'));
  }
  if (manifest.name.startsWith('@') && manifest.publishConfig?.access !== 'public') {
    findings.push(
      error('manifest', 'a scoped package needs "publishConfig": { "access": "public" }'),
    );
  }
  if (!manifest.engines?.['node']) {
    findings.push(error('manifest', 'no "engines": { "node": … }: say which Node.js it needs'));
  }
  return findings;
}

/** Every string target of an `exports` value, with the keys (subpath, conditions) leading to it. */
export function exportTargets(value: unknown, path: string[] = []): [string[], string][] {
  if (typeof value === 'string') return [[path.length ? path : ['.'], value]];
  if (Array.isArray(value)) return value.flatMap((item) => exportTargets(item, path));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => exportTargets(item, [...path, key]));
  }
  return [];
}

function binTargets(bin: PackedPackage['manifest']['bin']): [string, string][] {
  if (bin === undefined) return [];
  return typeof bin === 'string' ? [['(default)', bin]] : Object.entries(bin);
}

function normalize(target: string): string {
  return target.replace(/^\.\//, '');
}

/** Whether `target` (possibly with one `*`) names at least one file of the tarball. */
function matchesAFile(target: string, files: ReadonlyMap<string, number>): boolean {
  const path = normalize(target);
  if (!path.includes('*')) return files.has(path);
  const [before = '', after = ''] = path.split('*');
  return [...files.keys()].some(
    (file) => file.startsWith(before) && file.endsWith(after) && file.length >= path.length - 1,
  );
}
