/**
 * `outbox` (`../tables/outbox.ts`). `sent_at` is set exactly when the row is sent, and a sent row
 * can no longer change: it is sent at most once.
 * @internal
 */
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table outbox (
      id bigint generated always as identity primary key,
      ticket_id text references tickets (id),
      created_at timestamptz not null default now(),
      sender text not null,
      recipient text not null,
      subject text not null,
      body text not null,
      state text not null default 'pending' check (state in ('pending', 'sent', 'failed')),
      attempts integer not null default 0 check (attempts >= 0),
      sent_at timestamptz,
      check ((state = 'sent') = (sent_at is not null))
    )`,
    `create index outbox_pending on outbox (id) where state = 'pending'`,
    `create function reject_change_of_sent_email() returns trigger language plpgsql as $$
    begin
      if old.state = 'sent' then
        raise exception 'outbox row % was sent: % refused', old.id, tg_op
          using errcode = '55000';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end
    $$`,
    `create trigger outbox_sent_once
      before update or delete on outbox
      for each row execute function reject_change_of_sent_email()`,
  ]);
}
