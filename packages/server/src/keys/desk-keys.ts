/**
 * Desk credentials: create (the key is returned once), verify, revoke and list. Only hashes are
 * stored; listing never shows a key.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import { isDeskId } from './desk-id.js';
import {
  hashDeskKey,
  looksLikeDeskKey,
  newDeskKeyId,
  newDeskKeySecret,
  sameHash,
} from './desk-key-secret.js';

/** A new key: its public id, and the key itself (to show once, never to store or log). */
export interface CreatedDeskKey {
  id: string;
  deskId: string;
  key: string;
}

/** A key as `keys list` shows it: never the key itself. */
export interface DeskKeyInfo {
  id: string;
  deskId: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** Creates a key for `deskId`; throws `RangeError` for a malformed desk id. */
export async function createDeskKey(db: Kysely<Database>, deskId: string): Promise<CreatedDeskKey> {
  if (!isDeskId(deskId)) {
    throw new RangeError(
      `"${deskId}" is not a desk id: use lowercase letters, digits and hyphens.`,
    );
  }
  const key = newDeskKeySecret();
  const id = newDeskKeyId();
  await db
    .insertInto('desk_keys')
    .values({ id, desk_id: deskId, key_hash: hashDeskKey(key) })
    .execute();
  return { id, deskId, key };
}

/** The desk `key` belongs to, or `null` if it is unknown, malformed or revoked. */
export async function verifyDeskKey(db: Kysely<Database>, key: string): Promise<string | null> {
  if (!looksLikeDeskKey(key)) return null;
  const hash = hashDeskKey(key);
  const row = await db
    .selectFrom('desk_keys')
    .select(['desk_id', 'key_hash'])
    .where('key_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && sameHash(row.key_hash, hash) ? row.desk_id : null;
}

/**
 * Revokes the key with this id. Returns whether a working key was revoked (`false`: no such id,
 * or already revoked).
 */
export async function revokeDeskKey(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('desk_keys')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Every key, oldest first, without the keys themselves. */
export async function listDeskKeys(db: Kysely<Database>): Promise<DeskKeyInfo[]> {
  const rows = await db
    .selectFrom('desk_keys')
    .select(['id', 'desk_id', 'created_at', 'revoked_at'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    deskId: row.desk_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }));
}
