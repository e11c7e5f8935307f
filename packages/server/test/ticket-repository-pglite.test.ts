/** The ticket repository on the embedded target (PGlite in memory): the contract, and SQL's own. */
import { describe } from 'vitest';
import { describeTicketRepository } from '../../domain/test/support/repository-contract.js';
import { useInMemoryPglite } from './support/pglite.js';
import { emptyRepository } from './support/ticket-repository.js';
import { deskQueueOnSql } from './support/desk-queue-rules.js';
import { repositoryOnSql } from './support/repository-sql-rules.js';

describe('ticket repository on PGlite', () => {
  const db = useInMemoryPglite();
  describeTicketRepository('PostgresTicketRepository on PGlite', () => emptyRepository(db()));
  repositoryOnSql(db);
  deskQueueOnSql(db);
});
