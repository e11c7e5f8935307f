/**
 * Runs DDL one statement at a time: PGlite's driver sends each query with the extended protocol,
 * which takes a single statement.
 * @internal
 */
import { sql, type Kysely } from 'kysely';

/** Runs each statement of `statements` in order. */
export async function runStatements(
  db: Kysely<unknown>,
  statements: readonly string[],
): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
