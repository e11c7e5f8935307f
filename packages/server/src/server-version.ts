/**
 * The server package's version, read once from its `package.json` (which sits one folder above
 * both `src/` and `dist/` files), e.g. for `User-Agent: opin-support-server/<version>`.
 * @internal
 */
import { readFileSync } from 'node:fs';

let version: string | undefined;

/** `@opin/support-server`'s version. */
export function serverVersion(): string {
  if (version === undefined) {
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version?: unknown };
    version = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  }
  return version;
}
