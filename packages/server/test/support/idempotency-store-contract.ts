/**
 * What `SqlIdempotencyStore` guarantees, run on each target: an attempt runs once per key and its
 * answer is replayed, another body is told apart, a failed or unremembered attempt keeps nothing,
 * expiry by the server clock, clients kept apart, nothing readable at rest, one attempt among
 * concurrent ones, and the key and the ticket the attempt files committed together or not at all.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import {
  defaultRuleOptions,
  demoDirectory,
  fileTicket,
  planTicket,
  type DomainClock,
  newReplyKey,
} from '@opin/support-domain';
import type { Attempt, StoredResponse } from '@opin/support-http';
import { ticketInput } from '../../../domain/test/support/rules.js';
import { SqlIdempotencyStore } from '../../src/http-state/sql-idempotency-store.js';
import { PostgresTicketRepository } from '../../src/repository/postgres-ticket-repository.js';
import type { Database } from '../../src/storage/database.js';

const ttlMs = 24 * 60 * 60 * 1000;
const t0 = Date.parse('2026-03-02T09:00:00.000Z');
const fingerprint = '{"contact":{"email":"maija@example.fi"},"subject":"Hakemus"}';
const accessToken = 'tok_9f2c4e7a1b3d5f6e8a0c2e4f6a8b0d2f';
const body = JSON.stringify({ id: 'OPIN-482019375568', accessToken });
const created: StoredResponse = { status: 201, body };

/** An attempt that answers `response` (remembered unless told) and counts its runs. */
function counted(response: StoredResponse = created, remember = true) {
  const attempt = Object.assign(
    () => {
      attempt.runs += 1;
      return Promise.resolve<Attempt>({ response, remember });
    },
    { runs: 0 },
  );
  return attempt;
}

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
    await sql`truncate tickets cascade`.execute(getDb());
  });

  it('runs the attempt of a new key once, and replays its answer to a repeat on any instance', async () => {
    const attempt = counted();
    expect(await store().once('c1', 'key-1', fingerprint, t0, ttlMs, attempt)).toEqual({
      answered: created,
    });
    const other = new SqlIdempotencyStore(getOther());
    expect(await other.once('c1', 'key-1', fingerprint, t0 + 1, ttlMs, attempt)).toEqual({
      held: { state: 'done', fingerprint, status: 201, body },
    });
    expect(attempt.runs).toBe(1);
  });

  it('answers a repeat with another body with the record, whose fingerprint differs', async () => {
    await store().once('c1', 'key-2', fingerprint, t0, ttlMs, counted());
    const other = '{"subject":"Toinen"}';
    const repeat = await store().once('c1', 'key-2', other, t0, ttlMs, counted());
    expect(repeat).toMatchObject({ held: { state: 'done', status: 201, body } });
    expect('held' in repeat && repeat.held.fingerprint).not.toBe(other);
  });

  it('keeps nothing of an attempt that failed or that is not to be remembered', async () => {
    const keys = store();
    await expect(
      keys.once('c1', 'key-3', fingerprint, t0, ttlMs, () => Promise.reject(new Error('refused'))),
    ).rejects.toThrow('refused');
    const honeypot = counted({ status: 201, body: '{"decoy":true}' }, false);
    expect(await keys.once('c1', 'key-3', fingerprint, t0, ttlMs, honeypot)).toEqual({
      answered: { status: 201, body: '{"decoy":true}' },
    });
    const attempt = counted();
    await keys.once('c1', 'key-3', fingerprint, t0, ttlMs, attempt);
    expect(attempt.runs).toBe(1);
  });

  it('forgets a record used first at or before now - ttl, by the server clock', async () => {
    const keys = store();
    await keys.once('c1', 'key-4', fingerprint, t0, 1_000, counted());
    const early = await keys.once('c1', 'key-4', fingerprint, t0 + 999, 1_000, counted());
    expect('held' in early && early.held.state).toBe('done');
    // Far ahead of the database's own now(): the demo's clock may be.
    const again = counted();
    await keys.once('c1', 'key-4', '{"other":1}', t0 + 1_000, 1_000, again);
    expect(again.runs).toBe(1);
  });

  it('deletes other expired keys as it runs, so the table does not grow', async () => {
    const keys = store();
    for (let i = 0; i < 5; i += 1)
      await keys.once('c1', `old-${i}`, fingerprint, t0, 1_000, counted());
    await keys.once('c2', 'fresh', fingerprint, t0 + 500, 1_000, counted());
    await keys.once('c3', 'new', fingerprint, t0 + 1_000, 1_000, counted());
    const rows = await getDb().selectFrom('idempotency_keys').select('client').execute();
    expect(rows.map((row) => row.client).sort()).toEqual(['c2', 'c3']);
  });

  it('keeps one client’s key apart from another’s', async () => {
    await store().once('c1', 'key-5', fingerprint, t0, ttlMs, counted());
    const other = counted();
    expect(await store().once('c2', 'key-5', fingerprint, t0, ttlMs, other)).toEqual({
      answered: created,
    });
    expect(other.runs).toBe(1);
  });

  it('stores neither the key, the request nor the access token in clear', async () => {
    const keys = store();
    const key = 'd1b0c7e2-4a5f-4b6e-9c8d-7e6f5a4b3c2d';
    await keys.once('c1', key, fingerprint, t0, ttlMs, counted());
    const { rows } = await sql<{ row: string }>`
      select row_to_json(stored)::text as row from idempotency_keys stored`.execute(getDb());
    expect(rows).toHaveLength(1);
    const row = rows[0]?.row ?? '';
    expect(row).toContain('c1');
    for (const secret of [key, accessToken, 'OPIN-482019375568', 'maija@example.fi', 'Hakemus']) {
      expect(row).not.toContain(secret);
    }
    expect(await keys.once('c1', key, fingerprint, t0, ttlMs, counted())).toMatchObject({
      held: { body },
    });
  });

  it('refuses a response sealed for another key', async () => {
    const keys = store();
    await keys.once('c1', 'key-a', fingerprint, t0, ttlMs, counted());
    await keys.once('c1', 'key-b', fingerprint, t0, ttlMs, counted({ status: 201, body: '{}' }));
    // Move key-a's sealed response onto key-b's row: it no longer opens.
    const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');
    await sql`update idempotency_keys set response = (
        select response from idempotency_keys where key_hash = ${hashOf('key-a')})
      where key_hash = ${hashOf('key-b')}`.execute(getDb());
    await expect(keys.once('c1', 'key-b', fingerprint, t0, ttlMs, counted())).rejects.toThrow();
  });

  it('runs one attempt among many concurrent ones across instances; the others see it', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const attempt = async (): Promise<Attempt> => {
      runs += 1;
      await gate;
      return { response: created, remember: true };
    };
    const answers = Array.from({ length: 24 }, (_, i) =>
      new SqlIdempotencyStore(i % 2 === 0 ? getDb() : getOther()).once(
        'c1',
        'contended',
        fingerprint,
        t0,
        ttlMs,
        attempt,
      ),
    );
    // Let the attempt that runs finish only once every other has had its chance to start.
    setTimeout(release, 200);
    const outcomes = await Promise.all(answers);
    expect(runs).toBe(1);
    expect(outcomes.filter((outcome) => 'answered' in outcome)).toHaveLength(1);
    // The others: in flight while it ran (PostgreSQL), or its answer after it (PGlite, one connection).
    for (const outcome of outcomes.filter((each) => 'held' in each)) {
      expect(['in_flight', 'done']).toContain('held' in outcome && outcome.held.state);
    }
  });

  it('commits the key with the ticket its attempt files, or neither when the attempt fails', async () => {
    const db = getDb();
    const clock: DomainClock = {
      now: () => new Date(t0),
      nowIso: () => new Date(t0).toISOString(),
    };
    const env = {
      tickets: new PostgresTicketRepository(db, defaultRuleOptions),
      clock,
      options: defaultRuleOptions,
      directory: demoDirectory,
      replyKey: newReplyKey(),
    };
    const fileThen = (fail: boolean) => async (): Promise<Attempt> => {
      await fileTicket(env, planTicket(demoDirectory, ticketInput()));
      if (fail) throw new Error('gone after filing');
      return { response: created, remember: true };
    };
    await expect(
      store().once('c1', 'fails', fingerprint, t0, ttlMs, fileThen(true)),
    ).rejects.toThrow('gone after filing');
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('tickets')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(0);
    expect(await db.selectFrom('idempotency_keys').selectAll().execute()).toEqual([]);
    await store().once('c1', 'works', fingerprint, t0, ttlMs, fileThen(false));
    expect(await count()).toBe(1);
    expect(await db.selectFrom('idempotency_keys').select('client').execute()).toEqual([
      { client: 'c1' },
    ]);
  });

  it('forgets every key when cleared', async () => {
    const keys = store();
    await keys.once('c1', 'key-6', fingerprint, t0, ttlMs, counted());
    await keys.clear();
    const attempt = counted();
    await keys.once('c1', 'key-6', fingerprint, t0, ttlMs, attempt);
    expect(attempt.runs).toBe(1);
  });
}
