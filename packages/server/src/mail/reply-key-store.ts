/**
 * The server's reply key (`@opin/support-domain`, `email/reply-tag.ts`): made once, by whichever
 * instance first starts on the database, and the same for every instance after (insert if absent,
 * then read), so a reply address made by one instance is recognised by all of them and after any
 * restart. Rotating it makes every reply address already sent unrecognised (docs/operations.md).
 * @internal
 */
import { newReplyKey, type ReplyKey } from '@opin/support-domain';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';

/** The reply key of the database behind `db`, made on first use. */
export async function loadReplyKey(db: Kysely<Database>): Promise<ReplyKey> {
  await db
    .insertInto('reply_key')
    .values({ id: 1, secret: newReplyKey() })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  const row = await db
    .selectFrom('reply_key')
    .select('secret')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return new Uint8Array(row.secret);
}
