/**
 * Versions of the tools a benchmark's figures come from, read from their installed package.json.
 * @internal
 */
import { createRequire } from 'node:module';

/**
 * The `version` of package `name` as Node would resolve it from the file `from` (a path or URL),
 * e.g. `packageVersion('zod', new URL('../../packages/sdk/package.json', import.meta.url))`.
 */
export function packageVersion(name: string, from: string | URL): string {
  const manifest: unknown = createRequire(from)(`${name}/package.json`);
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest) {
    const { version } = manifest;
    if (typeof version === 'string') return version;
  }
  throw new Error(`No version in ${name}/package.json`);
}
