/**
 * The trigger function that keeps a table append-only: every UPDATE or DELETE of a row fails with
 * SQLSTATE 55000 (object_not_in_prerequisite_state) and the table's name.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create function reject_change_of_append_only() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = '55000';
    end
    $$`,
  ]);
}
