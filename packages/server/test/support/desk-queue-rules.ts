/**
 * The desk queues on SQL, run on each target: a desk's queue holds the open tickets it owns,
 * assists or has a pending hand-off to, in filing order, a page at a time; and a page reads only
 * its own desk's rows, however many tickets other desks hold.
 */
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import {
  acceptHandoff,
  changeTicket,
  defaultRuleOptions,
  demoDirectory,
  fileTicket,
  planTicket,
  requestHandoff,
  type DomainEnv,
  newReplyKey,
} from '@opin/support-domain';
import { deskQueueQuery } from '../../src/repository/desk-queue-rows.js';
import { PostgresTicketRepository } from '../../src/repository/postgres-ticket-repository.js';
import type { Database } from '../../src/storage/database.js';
import { TestClock, ticketInput } from '../../../domain/test/support/rules.js';
import { emptyTables } from './ticket-repository.js';

/** The most rows any step of the query's plan read (returned or filtered out). */
async function mostRowsReadByAStep(db: Kysely<Database>, desk: string): Promise<number> {
  const { rows } = await sql<{ plan: unknown }>`explain (analyze, format json) ${deskQueueQuery(
    desk,
    '0',
    101,
  )}`.execute(db);
  const raw = rows[0] ? Object.values(rows[0])[0] : undefined;
  const plan: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
  let most = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const entries = Object.entries(node);
    const read = entries
      .filter(([key]) => key === 'Actual Rows' || key.startsWith('Rows Removed'))
      .reduce((sum, [, value]) => sum + Number(value), 0);
    most = Math.max(most, read);
    for (const [, value] of entries) visit(value);
  };
  visit(plan);
  return most;
}

/** The tests; `getDb` gives the file's migrated database. */
export function deskQueueOnSql(getDb: () => Kysely<Database>): void {
  const setUp = async () => {
    await emptyTables(getDb());
    const tickets = new PostgresTicketRepository(getDb(), defaultRuleOptions);
    const env: DomainEnv = {
      tickets,
      clock: new TestClock(),
      options: defaultRuleOptions,
      directory: demoDirectory,
      replyKey: newReplyKey(),
    };
    const file = async () =>
      (await fileTicket(env, planTicket(demoDirectory, ticketInput()))).ticket.id;
    return { tickets, env, file };
  };

  it('queues for a desk the tickets it owns, assists or has a pending hand-off to, in filing order', async () => {
    const { tickets, env, file } = await setUp();
    const assisted = await file();
    await file();
    const offered = await file();
    for (const id of [assisted, offered]) {
      await changeTicket(env, id, (rules, ticket) =>
        requestHandoff(
          rules,
          ticket,
          'opin',
          { to: 'tampere', mode: 'consult' },
          rules.clock.nowIso(),
        ),
      );
    }
    await changeTicket(env, assisted, (rules, ticket) =>
      acceptHandoff(rules, ticket, 'tampere', rules.clock.nowIso()),
    );
    const first = await tickets.queue('tampere', { limit: 1, cursor: undefined });
    expect(first.items.map((ticket) => ticket.id)).toEqual([assisted]);
    const rest = await tickets.queue('tampere', { limit: 1, cursor: first.next });
    expect(rest.items.map((ticket) => ticket.id)).toEqual([offered]);
    expect(rest.next).toBeUndefined();
  });

  it('reads a page of a queue without reading the tickets of other desks', async () => {
    const { file } = await setUp();
    const model = await file();
    const db = getDb();
    // 2,000 more of the opin desk's tickets, copies of the one filed, each with a reference of its own.
    await sql`insert into tickets (id, version, language, topic_id, institution_id, origin, subject,
        description, contact, status, owner, plan, assisting, desks, planned_handoff, created_at,
        updated_at, resolved_at, token_hash, access_ended)
      select 'OPIN-copy-' || n, version, language, topic_id, institution_id, origin, subject,
        description, contact, status, owner, plan, assisting, desks, planned_handoff, created_at,
        updated_at, resolved_at, token_hash, access_ended
      from tickets, generate_series(1, 2000) as n where id = ${model}`.execute(db);
    await sql`analyze`.execute(db);
    expect(await mostRowsReadByAStep(db, 'tampere')).toBe(0);
    expect(await mostRowsReadByAStep(db, 'opin')).toBeLessThanOrEqual(101);
  });
}
