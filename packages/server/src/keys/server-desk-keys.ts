/**
 * The desk keys the server accepts: the keys it issued (`opin-support-server keys create`, stored
 * hashed, `./desk-keys.ts`) and, only with `--demo`, the demo's well-known `dev-<deskId>` keys.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { Directory } from '@opin/support-domain';
import { devDeskKeys, type DeskKeys } from '@opin/support-http';
import type { Database } from '../storage/database.js';
import { verifyDeskKey } from './desk-keys.js';

/** Issued keys from `db`; with `demo`, the `dev-<deskId>` keys of `directory` as well. */
export function serverDeskKeys(
  db: Kysely<Database>,
  directory: Directory,
  demo: boolean,
): DeskKeys {
  const dev = demo ? devDeskKeys(directory) : undefined;
  return {
    async deskFor(key) {
      const devDesk = await dev?.deskFor(key);
      if (devDesk !== undefined) return devDesk;
      return (await verifyDeskKey(db, key)) ?? undefined;
    },
  };
}
