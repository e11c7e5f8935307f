/**
 * The ticket repository over a test database: emptied before each use, so every test of the
 * domain's contract starts from no tickets and no records.
 */
import { sql, type Kysely } from 'kysely';
import { defaultRuleOptions } from '@opin/support-domain';
import { PostgresTicketRepository } from '../../src/repository/postgres-ticket-repository.js';
import { outboxAbout } from '../../src/repository/outbox-rows.js';
import type { Database } from '../../src/storage/database.js';
import type { RepositoryUnderTest } from '../../../domain/test/support/repository-contract.js';

/**
 * Empties every table the repository writes (TRUNCATE: the append-only triggers guard row by row
 * against UPDATE and DELETE, not against emptying a test database).
 */
export async function emptyTables(db: Kysely<Database>): Promise<void> {
  await sql`truncate tickets, ticket_events, ticket_messages, handoffs, timers, outbox,
    inbound_emails, article_feedback, confirmation_mails, desk_events, desk_event_counters
    restart identity`.execute(db);
}

/** A repository on the emptied `db`, as the contract suite takes it. */
export async function emptyRepository(db: Kysely<Database>): Promise<RepositoryUnderTest> {
  await emptyTables(db);
  return {
    tickets: new PostgresTicketRepository(db, defaultRuleOptions),
    outboxAbout: (ticketId) => outboxAbout(db, ticketId),
  };
}
