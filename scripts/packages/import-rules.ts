/**
 * Every package that shipped code imports (JavaScript and declarations) must be declared in
 * `dependencies`, `peerDependencies` or `optionalDependencies` of the packed manifest; otherwise it
 * works in the workspace (hoisted or a devDependency) and fails for users.
 * @internal
 */
import { builtinModules } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { error, type Finding } from './finding.js';
import type { PackedPackage } from './pack.js';

const specifiers =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]*)?)\1/g;
const builtins = new Set(builtinModules);

/** Bare imports in `packed`'s code of packages its manifest does not declare. */
export async function importFindings(packed: PackedPackage): Promise<Finding[]> {
  const { manifest } = packed;
  const declared = new Set([
    manifest.name,
    ...Object.keys({
      ...manifest.dependencies,
      ...manifest.peerDependencies,
      ...manifest.optionalDependencies,
    }),
  ]);
  const undeclared = new Map<string, string>();
  for (const file of [...packed.files.keys()].filter((name) => /\.(m?js|d\.m?ts)$/.test(name))) {
    const code = await readFile(join(packed.root, file), 'utf8');
    for (const [, , specifier = ''] of code.matchAll(specifiers)) {
      const name = packageName(specifier);
      if (!declared.has(name) && !builtins.has(name) && !undeclared.has(name)) {
        undeclared.set(name, file);
      }
    }
  }
  return [...undeclared].map(([name, file]) =>
    error('manifest', `${file} imports ${name}, which the manifest does not declare`),
  );
}

/** `@scope/name` or `name` of an import specifier with an optional subpath. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}
