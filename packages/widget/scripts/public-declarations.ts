/**
 * Keeps in `dist/types` only the declarations the package's public entries reach (`types` of each
 * export in `package.json`, following their relative imports): `tsc` writes one for every module,
 * the panel's and the test seam's (`src/panel-loader.ts`) included, and those are no part of the
 * published types. Run by `pnpm run build` after `tsc -p tsconfig.build.json`.
 * @internal
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const typesDir = join(packageDir, 'dist/types');

/** The `types` file of each export of the published package. */
function entryDeclarations(): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    publishConfig: { exports: Record<string, string | { types?: string }> };
  };
  return Object.values(manifest.publishConfig.exports)
    .flatMap((target) => (typeof target === 'object' && target.types ? [target.types] : []))
    .map((path) => join(packageDir, path));
}

/** Relative module specifiers of a declaration file (`from './x.js'`, `import './x.js'`). */
const relativeImport = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** `file` and every declaration it imports, transitively. */
function reached(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(relativeImport)) {
    reached(resolve(dirname(file), specifier.replace(/\.js$/, '.d.ts')), seen);
  }
  return seen;
}

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const keep = new Set<string>();
for (const entry of entryDeclarations()) reached(entry, keep);
const dropped = filesUnder(typesDir).filter((file) => !keep.has(file));
for (const file of dropped) rmSync(file);
for (const entry of readdirSync(typesDir, { withFileTypes: true })) {
  const dir = join(typesDir, entry.name);
  if (entry.isDirectory() && filesUnder(dir).length === 0) rmSync(dir, { recursive: true });
}
console.log(
  `dist/types: kept ${[...keep].map((file) => relative(typesDir, file)).join(', ')}; ` +
    `left out ${dropped.length} internal declaration file(s)`,
);
