/**
 * A build that must bundle nothing but its own modules: the plugin fails the build when a module
 * outside `allowed` reaches the output (e.g. the launcher bundled a second time into the React
 * wrapper instead of imported from `./opin-support.js`).
 * @internal
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** Fails the build when a bundled module's path (from `packageDir`) does not match `allowed`. */
export function ownModulesOnly(packageDir: string, allowed: RegExp): Plugin {
  return {
    name: 'opin:own-modules-only',
    generateBundle(_options, bundle) {
      const others = Object.values(bundle)
        .flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []))
        .map((id) => relative(packageDir, id))
        .filter((path) => !allowed.test(path));
      if (others.length) this.error(`Bundled besides ${allowed}:\n  ${others.join('\n  ')}`);
    },
  };
}
