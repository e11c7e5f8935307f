/**
 * The Idempotency-Keys of `POST /tickets` in `idempotency_keys` (`../storage/tables/`), shared by
 * every connection and instance.
 *
 * At rest: the key only as its SHA-256 (`key_hash`), the request only as the SHA-256 of its
 * fingerprint (`request_hash`: the fingerprint is the learner's request, personal data), the client
 * as given (the HTTP layer's client key). The response holds the learner's access token, so it is
 * stored sealed (AES-256-GCM under a key derived with HKDF-SHA256 from the raw Idempotency-Key and
 * the client, `./response-seal.ts`): only a client presenting the key can read it; the database,
 * holding only the key's hash, cannot. The protection is as strong as the key is unguessable (the
 * SDK sends random UUIDs).
 *
 * One attempt is one transaction (`../storage/ambient-transaction.ts`): it takes a
 * transaction-scoped advisory lock on the client's key (`pg_try_advisory_xact_lock`), reads the key's
 * row, runs the attempt, whose ticket the repository files in the same transaction, and writes the
 * row with the sealed answer; then all commits at once. A crash at any moment leaves both the
 * ticket and its key, or neither, so a client retrying with its key after a restart gets its ticket
 * once. While an attempt runs, another of the same key (on any connection or instance) does not get
 * the lock and is told the key is in flight (409), whatever its body: the running attempt's row is
 * not visible yet. Expiry is judged on the times written from the server clock (`now`), never the
 * database's `now()`: the demo's clock may run ahead. Each attempt first deletes a bounded number of
 * expired rows, so the table does not grow without bound.
 *
 * Since only the fingerprint's hash is kept, a record whose request matches carries the caller's
 * fingerprint, and one whose request differs carries `sha256:<hash of its fingerprint>`, which no
 * canonical JSON fingerprint equals: comparing fingerprints tells the two apart as before.
 * @internal
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import { jsonb } from '../storage/tables/json.js';
import type { SealedResponse } from '../storage/tables/idempotency-keys.js';
import type { Attempt, IdempotencyRecord, IdempotencyStore, Once } from '@opin/support-http';
import { inTransaction } from '../storage/ambient-transaction.js';
import { openResponse, sealResponse } from './response-seal.js';

/** How many other expired rows one claim deletes at most. */
const sweepLimit = 100;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Idempotency-Keys on the server's database. */
export class SqlIdempotencyStore implements IdempotencyStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async once(
    client: string,
    key: string,
    fingerprint: string,
    now: number,
    ttlMs: number,
    attempt: () => Promise<Attempt>,
  ): Promise<Once> {
    const keyHash = sha256(key);
    const requestHash = sha256(fingerprint);
    await this.#sweep(now);
    return inTransaction(this.#db, async (trx) => {
      const { rows } = await sql<{ locked: boolean }>`
        select pg_try_advisory_xact_lock(
          hashtextextended(${`idempotency-key:${client}:${keyHash}`}, 0)) as locked`.execute(trx);
      if (rows[0]?.locked !== true) return { held: { state: 'in_flight', fingerprint } };
      const held = await trx
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'response', 'created_at'])
        .where('client', '=', client)
        .where('key_hash', '=', keyHash)
        .executeTakeFirst();
      if (held && held.created_at.getTime() > now - ttlMs) {
        const stored =
          held.request_hash === requestHash ? fingerprint : `sha256:${held.request_hash}`;
        return { held: this.#record(held.response, stored, { client, key, keyHash }) };
      }
      if (held) {
        await trx
          .deleteFrom('idempotency_keys')
          .where('client', '=', client)
          .where('key_hash', '=', keyHash)
          .execute();
      }
      const { response, remember } = await attempt();
      if (remember) {
        const sealed: SealedResponse = {
          status: response.status,
          sealed: sealResponse({ client, key, keyHash, status: response.status }, response.body),
        };
        await trx
          .insertInto('idempotency_keys')
          .values({
            client,
            key_hash: keyHash,
            request_hash: requestHash,
            response: jsonb(sealed),
            created_at: new Date(now),
            expires_at: new Date(now + ttlMs),
          })
          .execute();
      }
      return { answered: response };
    });
  }

  async clear(): Promise<void> {
    await this.#db.deleteFrom('idempotency_keys').execute();
  }

  #record(
    response: SealedResponse | null,
    fingerprint: string,
    row: { client: string; key: string; keyHash: string },
  ): IdempotencyRecord {
    if (response === null) return { state: 'in_flight', fingerprint };
    const body = openResponse({ ...row, status: response.status }, response.sealed);
    return { state: 'done', fingerprint, status: response.status, body };
  }

  /** Deletes up to {@link sweepLimit} rows expired by `now`. */
  async #sweep(now: number): Promise<void> {
    await sql`
      delete from idempotency_keys
      where ctid in (
        select ctid from idempotency_keys
        where expires_at <= ${new Date(now)}
        limit ${sweepLimit}
      )`.execute(this.#db);
  }
}
