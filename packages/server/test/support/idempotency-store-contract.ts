/**
 * What `SqlIdempotencyStore` guarantees, run on each target: claims, replays, refusals of another
 * body, release, expiry by the server clock, clients kept apart, nothing readable at rest, and
 * exactly one winner among concurrent claims.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { SqlIdempotencyStore } from '../../src/http-state/sql-idempotency-store.js';
import type { Database } from '../../src/storage/database.js';

const ttlMs = 24 * 60 * 60 * 1000;
const t0 = Date.parse('2026-03-02T09:00:00.000Z');
const fingerprint = '{"contact":{"email":"maija@example.fi"},"subject":"Hakemus"}';
const accessToken = 'tok_9f2c4e7a1b3d5f6e8a0c2e4f6a8b0d2f';
const body = JSON.stringify({ id: 'OPIN-482019375568', accessToken });

/**
 * The tests; `getDb` gives the file's migrated database, `getOther` a second connection pool to it
 * (another instance; the same pool on PGlite).
 */
export function idempotencyStoreContract(
  getDb: () => Kysely<Database>,
  getOther: () => Kysely<Database> = getDb,
): void {
  const store = () => new SqlIdempotencyStore(getDb());
  beforeEach(async () => {
    await store().clear();
  });

  it('claims a new key, then answers the attempt in flight, then its response', async () => {
    const keys = store();
    expect(await keys.claim('c1', 'key-1', fingerprint, t0, ttlMs)).toBeUndefined();
    expect(await keys.claim('c1', 'key-1', fingerprint, t0 + 1, ttlMs)).toEqual({
      state: 'in_flight',
      fingerprint,
    });
    await keys.complete('c1', 'key-1', { status: 201, body });
    // Another instance reads it too.
    expect(
      await new SqlIdempotencyStore(getOther()).claim('c1', 'key-1', fingerprint, t0 + 2, ttlMs),
    ).toEqual({ state: 'done', fingerprint, status: 201, body });
  });

  it('answers a claim with another body with the record, whose fingerprint differs', async () => {
    const keys = store();
    await keys.claim('c1', 'key-2', fingerprint, t0, ttlMs);
    const other = '{"subject":"Toinen"}';
    const inFlight = await keys.claim('c1', 'key-2', other, t0, ttlMs);
    expect(inFlight?.state).toBe('in_flight');
    expect(inFlight?.fingerprint).not.toBe(other);
    await keys.complete('c1', 'key-2', { status: 201, body });
    const done = await keys.claim('c1', 'key-2', other, t0, ttlMs);
    expect(done).toMatchObject({ state: 'done', status: 201, body });
    expect(done?.fingerprint).not.toBe(other);
  });

  it('forgets a released attempt, but not a completed one', async () => {
    const keys = store();
    await keys.claim('c1', 'key-3', fingerprint, t0, ttlMs);
    await keys.release('c1', 'key-3');
    expect(await keys.claim('c1', 'key-3', fingerprint, t0, ttlMs)).toBeUndefined();
    await keys.complete('c1', 'key-3', { status: 201, body });
    await keys.release('c1', 'key-3');
    expect((await keys.claim('c1', 'key-3', fingerprint, t0, ttlMs))?.state).toBe('done');
  });

  it('forgets a record used first at or before now - ttl, by the server clock', async () => {
    const keys = store();
    await keys.claim('c1', 'key-4', fingerprint, t0, 1_000);
    await keys.complete('c1', 'key-4', { status: 201, body });
    expect((await keys.claim('c1', 'key-4', fingerprint, t0 + 999, 1_000))?.state).toBe('done');
    // Far ahead of the database's own now(): the demo's clock may be.
    const later = t0 + 1_000;
    expect(await keys.claim('c1', 'key-4', '{"other":1}', later, 1_000)).toBeUndefined();
    expect(await keys.claim('c1', 'key-4', '{"other":1}', later, 1_000)).toEqual({
      state: 'in_flight',
      fingerprint: '{"other":1}',
    });
  });

  it('deletes other expired keys as it claims, so the table does not grow', async () => {
    const keys = store();
    for (let i = 0; i < 5; i += 1) await keys.claim('c1', `old-${i}`, fingerprint, t0, 1_000);
    await keys.claim('c2', 'fresh', fingerprint, t0 + 500, 1_000);
    await keys.claim('c3', 'new', fingerprint, t0 + 1_000, 1_000);
    const rows = await getDb().selectFrom('idempotency_keys').select('client').execute();
    expect(rows.map((row) => row.client).sort()).toEqual(['c2', 'c3']);
  });

  it('keeps one client’s key apart from another’s', async () => {
    const keys = store();
    await keys.claim('c1', 'key-5', fingerprint, t0, ttlMs);
    await keys.complete('c1', 'key-5', { status: 201, body });
    expect(await keys.claim('c2', 'key-5', fingerprint, t0, ttlMs)).toBeUndefined();
  });

  it('stores neither the key, the request nor the access token in clear', async () => {
    const keys = store();
    const key = 'd1b0c7e2-4a5f-4b6e-9c8d-7e6f5a4b3c2d';
    await keys.claim('c1', key, fingerprint, t0, ttlMs);
    await keys.complete('c1', key, { status: 201, body });
    const { rows } = await sql<{ row: string }>`
      select row_to_json(stored)::text as row from idempotency_keys stored`.execute(getDb());
    expect(rows).toHaveLength(1);
    const row = rows[0]?.row ?? '';
    expect(row).toContain('c1');
    for (const secret of [key, accessToken, 'OPIN-482019375568', 'maija@example.fi', 'Hakemus']) {
      expect(row).not.toContain(secret);
    }
    expect(await keys.claim('c1', key, fingerprint, t0, ttlMs)).toMatchObject({ body });
  });

  it('refuses a response sealed for another key', async () => {
    const keys = store();
    await keys.claim('c1', 'key-a', fingerprint, t0, ttlMs);
    await keys.complete('c1', 'key-a', { status: 201, body });
    await keys.claim('c1', 'key-b', fingerprint, t0, ttlMs);
    await keys.complete('c1', 'key-b', { status: 201, body: '{"other":true}' });
    // Move key-a's sealed response onto key-b's row: it no longer opens.
    const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');
    await sql`update idempotency_keys set response = (
        select response from idempotency_keys where key_hash = ${hashOf('key-a')})
      where key_hash = ${hashOf('key-b')}`.execute(getDb());
    await expect(keys.claim('c1', 'key-b', fingerprint, t0, ttlMs)).rejects.toThrow();
  });

  it('gives a key to exactly one of many concurrent claims, across instances', async () => {
    const claims = Array.from({ length: 24 }, (_, i) =>
      new SqlIdempotencyStore(i % 2 === 0 ? getDb() : getOther()).claim(
        'c1',
        'contended',
        fingerprint,
        t0,
        ttlMs,
      ),
    );
    const answers = await Promise.all(claims);
    expect(answers.filter((answer) => answer === undefined)).toHaveLength(1);
    expect(answers.filter((answer) => answer?.state === 'in_flight')).toHaveLength(23);
  });

  it('forgets every key when cleared', async () => {
    const keys = store();
    await keys.claim('c1', 'key-6', fingerprint, t0, ttlMs);
    await keys.clear();
    expect(await keys.claim('c1', 'key-6', fingerprint, t0, ttlMs)).toBeUndefined();
  });
}
