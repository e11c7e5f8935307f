/**
 * Vite plugin for the examples' build: copies files that the pages load as they are, without
 * bundling, into the built site — as a portal that hosts the widget itself copies its `dist/`.
 * A missing build (`makeWith`) is skipped with a warning that says how to make it.
 * @internal
 */
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** One file or folder to copy. */
export interface SiteCopy {
  /** Absolute path of the file or folder. */
  from: string;
  /** Its path in the built site, e.g. `widget`. */
  to: string;
  /** What makes `from` when it is a build that may be missing, e.g. `pnpm build`; without it, a missing `from` fails the build. */
  makeWith?: string;
}

export function copyIntoSite(copies: readonly SiteCopy[]): Plugin {
  let outDir = '';
  return {
    name: 'opin:copy-into-site',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      for (const copy of copies) {
        if (!existsSync(copy.from)) {
          const missing = `${copy.from} is missing, so /${copy.to} is not in the site`;
          if (copy.makeWith === undefined) this.error(missing);
          this.warn(`${missing}: run ${copy.makeWith}.`);
          continue;
        }
        await cp(copy.from, join(outDir, copy.to), { recursive: true });
      }
    },
  };
}
