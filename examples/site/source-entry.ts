/**
 * The TypeScript source entry of a workspace package, as its `exports` map names it under the
 * `@opin/source` condition: the one place that says which file a package starts from.
 * @internal
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The export condition under which workspace packages point at their TypeScript sources. */
export const sourceCondition = '@opin/source';

/** The absolute path of the file `packageDir`'s export `subpath` names under {@link sourceCondition}. */
export function sourceEntryOf(packageDir: string, subpath = '.'): string {
  const manifest: unknown = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const exportsMap = field(manifest, 'exports');
  const entry = field(field(exportsMap, subpath), sourceCondition);
  if (typeof entry !== 'string') {
    throw new Error(
      `${packageDir}package.json exports no "${subpath}" under "${sourceCondition}".`,
    );
  }
  return join(packageDir, entry);
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}
