/**
 * The repository's READMEs whose code readers copy: the root one and every `README.md` under
 * `packages/` and `examples/` (not in `node_modules` or build output).
 * @internal
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const skipped = new Set(['node_modules', 'dist', 'coverage']);

/** Absolute paths of the READMEs under `root`, sorted. */
export function readmeFiles(root: string): string[] {
  return [join(root, 'README.md'), ...walk(join(root, 'packages')), ...walk(join(root, 'examples'))]
    .filter((path, index, all) => all.indexOf(path) === index)
    .sort();
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return skipped.has(entry.name) || entry.name.startsWith('.')
        ? []
        : walk(join(directory, entry.name));
    }
    return entry.isFile() && entry.name === 'README.md' ? [join(directory, entry.name)] : [];
  });
}
