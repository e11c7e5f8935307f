/**
 * One transaction around work that reaches the database through several owners: the HTTP layer's
 * Idempotency-Key (`../http-state/sql-idempotency-store.ts`) and the ticket it files
 * (`../repository/postgres-ticket-repository.ts`) commit together, or neither does. `inTransaction`
 * opens it and makes it the ambient one for everything `work` awaits; `joinOrBegin` runs in the
 * ambient transaction if there is one, else in a new transaction of its own. Inside `work`, reach
 * the database only through what joins (`joinOrBegin`, or the transaction given): on PGlite, one
 * connection, a query that does not join would wait for the transaction forever. What must happen
 * only once the work is saved (telling followers in this process) waits for the commit of whichever
 * transaction it ran in, and never happens if that rolls back.
 * @internal
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';

/** The ambient transaction and what waits for its commit. */
interface Ambient {
  trx: Transaction<Database>;
  committed: (() => void)[];
}

const ambient = new AsyncLocalStorage<Ambient>();

/** Runs `work` in a new transaction on `db`, ambient for everything it awaits. */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const committed: (() => void)[] = [];
  const result = await db
    .transaction()
    .execute((trx) => ambient.run({ trx, committed }, () => work(trx)));
  for (const then of committed) then();
  return result;
}

/**
 * Runs `work` in the ambient transaction, or in a new one on `db` when there is none; then, once
 * that transaction has committed, `afterCommit` with what `work` resolved to.
 */
export async function joinOrBegin<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
  afterCommit?: (result: T) => void,
): Promise<T> {
  const current = ambient.getStore();
  if (current) {
    const result = await work(current.trx);
    if (afterCommit) current.committed.push(() => afterCommit(result));
    return result;
  }
  const result = await db.transaction().execute(work);
  afterCommit?.(result);
  return result;
}
