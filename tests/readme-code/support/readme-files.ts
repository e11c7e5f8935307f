/**
 * The repository's READMEs whose code readers copy: the root one and every `README.md` under
 * `packages/` and `examples/` (not in `node_modules` or build output), and the integrators' guides
 * `docs/*-integration.md` (whose code is whole modules; other docs show fragments).
 * @internal
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const skipped = new Set(['node_modules', 'dist', 'coverage']);

/** Absolute paths of the READMEs and guides under `root`, sorted. */
export function readmeFiles(root: string): string[] {
  return [
    join(root, 'README.md'),
    ...walk(join(root, 'packages')),
    ...walk(join(root, 'examples')),
    ...guides(join(root, 'docs')),
  ]
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

/** The integration guides directly in `directory` (`docs/`). */
function guides(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('-integration.md'))
    .map((entry) => join(directory, entry.name));
}
