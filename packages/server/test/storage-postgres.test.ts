/**
 * The database's own rules on PostgreSQL, and what only a server with several connections shows:
 * two instances claiming timers at once each fire a timer once.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/storage/database.js';
import type { OpenedDatabase } from '../src/storage/opened-database.js';
import { openStorage } from '../src/storage/open.js';
import { fireOneDueTimer } from '../src/storage/timers.js';
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';
import { fileTicket } from './support/rows.js';
import { silentLog } from './support/silent-log.js';
import { storageRules } from './support/storage-rules.js';

describeOnPostgres('storage', () => {
  const schemaUrl = useFreshSchema();
  /** Two "instances": separate pools on the same schema. */
  let first: OpenedDatabase | undefined;
  let second: OpenedDatabase | undefined;
  const db = (): Kysely<Database> => {
    if (!first) throw new Error('not open');
    return first.db;
  };
  beforeAll(async () => {
    first = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
    second = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  describe('rules', () => {
    storageRules(db);
  });

  it('migrates once when a second instance starts on a migrated database', async () => {
    const { rows } = await sql<{ count: string }>`
      select count(*) as count from kysely_migration`.execute(db());
    const again = await openStorage({ kind: 'postgres', url: schemaUrl() }, silentLog);
    await again.close();
    const after = await sql<{ count: string }>`
      select count(*) as count from kysely_migration`.execute(db());
    expect(after.rows).toEqual(rows);
  });

  describe('beside another schema of the same database', () => {
    const otherSchemaUrl = useFreshSchema();

    it('migrates a fresh schema although another schema has Kysely’s migration tables', async () => {
      // The file's own schema is migrated (beforeAll): its `kysely_migration*` tables exist.
      const fresh = await openStorage({ kind: 'postgres', url: otherSchemaUrl() }, silentLog);
      try {
        const counts = async (on: Kysely<Database>) =>
          (await sql<{ count: string }>`select count(*) as count from kysely_migration`.execute(on))
            .rows;
        expect(await counts(fresh.db)).toEqual(await counts(db()));
        const { rows } = await sql<{ schema: string }>`
          select table_schema as schema from information_schema.tables
          where table_name = 'tickets' and table_schema = current_schema()`.execute(fresh.db);
        expect(rows).toHaveLength(1);
      } finally {
        await fresh.close();
      }
    });
  });

  it('skips a timer another instance holds instead of firing it twice or waiting', async () => {
    if (!second) throw new Error('not open');
    const other = second.db;
    const ticket = await fileTicket(db());
    await db()
      .insertInto('timers')
      .values([
        { ticket_id: ticket, kind: 'handoff_ack', due_at: '2000-01-01T00:00:00.000Z' },
        { ticket_id: ticket, kind: 'auto_close', due_at: '2000-01-02T00:00:00.000Z' },
      ])
      .execute();
    const now = new Date('2000-02-01T00:00:00.000Z');
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The first instance claims the earliest timer and holds its transaction open.
    const firstClaim = fireOneDueTimer(db(), now, async () => {
      holding();
      await released;
    });
    await held;
    // Meanwhile the second instance gets the other timer at once (a plain FOR UPDATE would wait).
    const secondClaim = await fireOneDueTimer(other, now, () => Promise.resolve());
    expect(secondClaim?.kind).toBe('auto_close');
    // And nothing else is free while the first is held.
    expect(await fireOneDueTimer(other, now, () => Promise.resolve())).toBeNull();
    release();
    expect((await firstClaim)?.kind).toBe('handoff_ack');
    expect(await fireOneDueTimer(other, now, () => Promise.resolve())).toBeNull();
  });

  it('fires each of many timers exactly once with two instances draining them together', async () => {
    if (!second) throw new Error('not open');
    const tickets = await Promise.all(Array.from({ length: 40 }, () => fileTicket(db())));
    await db()
      .insertInto('timers')
      .values(
        tickets.map((ticket_id) => ({
          ticket_id,
          kind: 'auto_close' as const,
          due_at: '2001-01-01T00:00:00.000Z',
        })),
      )
      .execute();
    const now = new Date('2001-02-01T00:00:00.000Z');
    const fired: string[] = [];
    const drain = async (instance: Kysely<Database>) => {
      for (;;) {
        const timer = await fireOneDueTimer(instance, now, async (due, trx) => {
          fired.push(due.ticket_id);
          await trx
            .updateTable('tickets')
            .set((eb) => ({ version: eb('version', '+', 1) }))
            .where('id', '=', due.ticket_id)
            .execute();
        });
        if (!timer) return;
      }
    };
    await Promise.all([drain(db()), drain(second.db), drain(db()), drain(second.db)]);
    expect(fired.toSorted()).toEqual(tickets.toSorted());
    const versions = await db()
      .selectFrom('tickets')
      .select('version')
      .where('id', 'in', tickets)
      .execute();
    expect(versions.every((row) => row.version === 2)).toBe(true);
  });
});
