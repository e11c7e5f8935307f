/**
 * The records loaded for one transaction (`./records-needed.ts`): the outbox of the tickets a rule
 * asked about, the confirmation times of the mailboxes it asked about, the inbound records of the
 * e-mails at hand. Loading a mailbox or an inbound e-mail takes a transaction-scoped advisory lock
 * on it first, so two changes about the same mailbox or Message-ID take turns: the hourly limit and
 * "once per Message-ID" hold across connections and instances.
 * @internal
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import type { InboundEmailRecord } from '@opin/support-domain';
import type { Database } from '../storage/database.js';
import type { IdPool } from './id-pool.js';
import { outboxAbout } from './outbox-rows.js';
import type { RecordsNeed } from './records-needed.js';

/** The SHA-256 (hex) a mailbox is stored as (`confirmation_mails`). */
export function mailboxHash(mailbox: string): string {
  return createHash('sha256').update(mailbox).digest('hex');
}

/** An inbound record's key (`desk\nMessage-ID`) as its table's columns. */
export function inboundKeyColumns(key: string): { desk_id: string; message_id: string } {
  const newline = key.indexOf('\n');
  return newline < 0
    ? { desk_id: '', message_id: key }
    : { desk_id: key.slice(0, newline), message_id: key.slice(newline + 1) };
}

/** Takes the transaction's advisory lock on `name` (released at commit or rollback). */
async function lockFor(trx: Kysely<Database>, name: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(trx);
}

/** What one transaction has loaded so far. */
export class LoadedRecords {
  readonly outbox = new Map<string, OutboxEmail[]>();
  /** Per mailbox: the confirmation times after `afterMs`. */
  readonly confirmations = new Map<string, { afterMs: number; times: number[] }>();
  /** Per inbound key: its record, or `null` for none. */
  readonly inbound = new Map<string, InboundEmailRecord | null>();

  constructor(readonly ids: IdPool) {}

  /** Loads what `need` names. */
  async load(trx: Kysely<Database>, need: RecordsNeed): Promise<void> {
    switch (need.kind) {
      case 'ids':
        await this.ids.refill(trx, need.prefix);
        return;
      case 'outbox':
        this.outbox.set(need.ticketId, await outboxAbout(trx, need.ticketId));
        return;
      case 'confirmations': {
        const hash = mailboxHash(need.mailbox);
        await lockFor(trx, `confirmations:${hash}`);
        const rows = await trx
          .selectFrom('confirmation_mails')
          .select('sent_at')
          .where('mailbox_hash', '=', hash)
          .where('sent_at', '>', new Date(need.afterMs))
          .orderBy('sent_at')
          .execute();
        this.confirmations.set(need.mailbox, {
          afterMs: need.afterMs,
          times: rows.map((row) => row.sent_at.getTime()),
        });
        return;
      }
      case 'inbound': {
        await lockFor(trx, `inbound:${need.key}`);
        const { desk_id, message_id } = inboundKeyColumns(need.key);
        const row = await trx
          .selectFrom('inbound_emails')
          .select(['fingerprint', 'outcome'])
          .where('desk_id', '=', desk_id)
          .where('message_id', '=', message_id)
          .executeTakeFirst();
        this.inbound.set(
          need.key,
          row
            ? {
                fingerprint: row.fingerprint,
                outcome: row.outcome as InboundEmailRecord['outcome'],
              }
            : null,
        );
        return;
      }
    }
  }
}
