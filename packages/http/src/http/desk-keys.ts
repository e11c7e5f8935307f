/**
 * Which desk a key belongs to. The mock (and the server with `--demo`) know the well-known
 * `dev-<deskId>` keys (`devDeskKeys`); the server checks the keys it issued, stored hashed.
 * @internal
 */
import type { Directory } from '@opin/support-domain';

/** The desk keys one API accepts. */
export interface DeskKeys {
  /** The id of the desk `key` belongs to, or `undefined` for a key that opens nothing. */
  deskFor(key: string): Promise<string | undefined>;
}

const DEV_KEY_PREFIX = 'dev-';

/** The demo's key for a desk: `dev-<deskId>`. Never accepted by a server outside its demo. */
export function deskKeyFor(deskId: string): string {
  return `${DEV_KEY_PREFIX}${deskId}`;
}

/** The well-known `dev-<deskId>` key of every desk in `directory`. */
export function devDeskKeys(directory: Directory): DeskKeys {
  return {
    deskFor(key) {
      const deskId = key.startsWith(DEV_KEY_PREFIX) ? key.slice(DEV_KEY_PREFIX.length) : '';
      return Promise.resolve(directory.findDesk(deskId) ? deskId : undefined);
    },
  };
}
