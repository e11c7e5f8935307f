/**
 * An open database, whichever the target: the Kysely instance and how to close it.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** An open database and how to close it. */
export interface OpenedDatabase {
  db: Kysely<Database>;
  /** Closes the database (and, for PGlite, releases the data directory); safe to call twice. */
  close(): Promise<void>;
}
