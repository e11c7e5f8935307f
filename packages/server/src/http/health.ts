/**
 * The health endpoints: `/healthz` answers while the process runs; `/readyz` answers 200 only
 * once the migrations are done and the database answers `select 1`, else 503.
 * @internal
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/database.js';

/** What `/readyz` checks: the database once it is open and migrated, `null` before. */
export interface Readiness {
  database(): Kysely<Database> | null;
}

/** Whether the server can take traffic, and if not, why (safe to show: no internals). */
export async function checkReadiness(
  readiness: Readiness,
): Promise<{ ready: true } | { ready: false; reason: string }> {
  const db = readiness.database();
  if (db === null) return { ready: false, reason: 'starting: the database is not migrated yet' };
  try {
    await sql`select 1`.execute(db);
    return { ready: true };
  } catch {
    return { ready: false, reason: 'the database does not answer' };
  }
}
