/**
 * The desks' event logs (docs/design/realtime.md, "Desk events"; `../tables/desk-events.ts`,
 * `../tables/desk-event-counters.ts`): `desk_events` holds each desk's events, numbered per desk by
 * its row of `desk_event_counters`. The events are append-only: UPDATE is always refused, and so is
 * DELETE, except in a transaction that declares itself the retention task
 * (`set_config('opin.desk_event_retention', 'on', true)`, `../../tasks/desk-event-retention.ts`).
 * `written_at` is the time of the insert, taken after the desk's counter row was locked, so it
 * grows with `seq` within a desk: retention by it deletes a prefix of each desk's log.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table desk_event_counters (
      desk_id text primary key,
      last_seq bigint not null check (last_seq >= 1)
    )`,
    `create table desk_events (
      desk_id text not null,
      seq bigint not null check (seq >= 1),
      id text not null check (id = desk_id || ':' || seq),
      type text not null,
      ticket_id text not null,
      version integer not null check (version >= 1),
      at timestamptz not null,
      data jsonb not null,
      written_at timestamptz not null default clock_timestamp(),
      primary key (desk_id, seq)
    )`,
    `create index desk_events_written on desk_events (written_at)`,
    `create function reject_change_of_desk_event() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE'
        and coalesce(current_setting('opin.desk_event_retention', true), '') = 'on' then
        return old;
      end if;
      raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = '55000';
    end
    $$`,
    `create trigger desk_events_append_only
      before update or delete on desk_events
      for each row execute function reject_change_of_desk_event()`,
  ]);
}
