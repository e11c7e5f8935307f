/**
 * One transaction around work that reaches the database through several owners: the HTTP layer's
 * Idempotency-Key (`../http-state/sql-idempotency-store.ts`) and the ticket it files
 * (`../repository/postgres-ticket-repository.ts`) commit together, or neither does. `inTransaction`
 * opens it and makes it the ambient one for everything `work` awaits; `joinOrBegin` runs in the
 * ambient transaction if there is one, else in a new transaction of its own. Inside `work`, reach
 * the database only through what joins (`joinOrBegin`, or the transaction given): on PGlite, one
 * connection, a query that does not join would wait for the transaction forever.
 * @internal
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';

const ambient = new AsyncLocalStorage<Transaction<Database>>();

/** Runs `work` in a new transaction on `db`, ambient for everything it awaits. */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute((trx) => ambient.run(trx, () => work(trx)));
}

/** Runs `work` in the ambient transaction, or in a new one on `db` when there is none. */
export function joinOrBegin<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const trx = ambient.getStore();
  return trx ? work(trx) : db.transaction().execute(work);
}
