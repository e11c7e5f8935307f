/**
 * msw, the mock server and test code must never reach `dist`: the plugin fails the build when a
 * bundled module comes from one of them. (`pnpm check:packages` checks the packed tarball too.)
 * @internal
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** Module paths that belong to tests only. */
const testOnly = /(^|\/)(msw|@mswjs|@opin\/support-mock-server|mock-server|test)\//;

/** Fails the build when a module of test-only code is bundled; paths are shown from `packageDir`. */
export function forbidTestCode(packageDir: string): Plugin {
  return {
    name: 'opin:forbid-test-code',
    generateBundle(_options, bundle) {
      const leaked = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const id of file.moduleIds) {
          const path = relative(packageDir, id);
          if (testOnly.test(path)) leaked.add(`${path} (in ${file.fileName})`);
        }
      }
      if (leaked.size) this.error(`Test-only code reached dist:\n  ${[...leaked].join('\n  ')}`);
    },
  };
}
