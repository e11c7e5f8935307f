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
 * A claim is atomic across connections and instances: `INSERT … ON CONFLICT DO NOTHING` decides who
 * claims, after deleting the key's row if it expired. Expiry is judged on the times written from the
 * server clock (`now`), never the database's `now()`: the demo's clock may run ahead. Each claim
 * also deletes a bounded number of other expired rows, so the table does not grow without bound.
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
import type { IdempotencyRecord, IdempotencyStore } from '@opin/support-http';
import { openResponse, sealResponse } from './response-seal.js';

/** How many other expired rows one claim deletes at most. */
const sweepLimit = 100;

/** A claim that found its row gone between insert and read (released or expired meanwhile) tries again. */
const maxClaimRounds = 8;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Idempotency-Keys on the server's database. */
export class SqlIdempotencyStore implements IdempotencyStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async claim(
    client: string,
    key: string,
    fingerprint: string,
    now: number,
    ttlMs: number,
  ): Promise<IdempotencyRecord | undefined> {
    const keyHash = sha256(key);
    const requestHash = sha256(fingerprint);
    await this.#sweep(now);
    for (let round = 0; round < maxClaimRounds; round += 1) {
      await this.#db
        .deleteFrom('idempotency_keys')
        .where('client', '=', client)
        .where('key_hash', '=', keyHash)
        .where('created_at', '<=', new Date(now - ttlMs))
        .execute();
      const claimed = await this.#db
        .insertInto('idempotency_keys')
        .values({
          client,
          key_hash: keyHash,
          request_hash: requestHash,
          created_at: new Date(now),
          expires_at: new Date(now + ttlMs),
        })
        .onConflict((conflict) => conflict.columns(['client', 'key_hash']).doNothing())
        .returning('client')
        .executeTakeFirst();
      if (claimed) return undefined;
      const held = await this.#db
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'response', 'created_at'])
        .where('client', '=', client)
        .where('key_hash', '=', keyHash)
        .executeTakeFirst();
      // Gone again (released or expired by another claim): try to claim it again.
      if (!held) continue;
      // Expired by this clock but not deleted yet (another claim's insert raced the delete).
      if (held.created_at.getTime() <= now - ttlMs) continue;
      const stored =
        held.request_hash === requestHash ? fingerprint : `sha256:${held.request_hash}`;
      return this.#record(held.response, stored, { client, key, keyHash });
    }
    throw new Error(`Could not claim an Idempotency-Key in ${maxClaimRounds} rounds.`);
  }

  async complete(
    client: string,
    key: string,
    response: { status: number; body: string },
  ): Promise<void> {
    const keyHash = sha256(key);
    const sealed: SealedResponse = {
      status: response.status,
      sealed: sealResponse({ client, key, keyHash, status: response.status }, response.body),
    };
    await this.#db
      .updateTable('idempotency_keys')
      .set({ response: jsonb(sealed) })
      .where('client', '=', client)
      .where('key_hash', '=', keyHash)
      .where('response', 'is', null)
      .execute();
  }

  async release(client: string, key: string): Promise<void> {
    await this.#db
      .deleteFrom('idempotency_keys')
      .where('client', '=', client)
      .where('key_hash', '=', sha256(key))
      .where('response', 'is', null)
      .execute();
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
