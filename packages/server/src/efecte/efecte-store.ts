/**
 * The connector's rows (`../storage/migrations/0019-efecte.ts`): each desk's cursor in its desk
 * event log and its polling mark (`efecte_sync`), and the ticket ↔ data card map with what was
 * last seen on each card (`efecte_cards`). Nothing of a card's content is stored but the agent's
 * request code and digests of the worklog entries handled.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import { jsonb } from '../storage/tables/json.js';
import type { SeenStateRow } from '../storage/tables/efecte-cards.js';

/** One mapped card. */
export interface MappedCard {
  readonly ticketId: string;
  readonly dataCardId: string;
  readonly pushedVersion: number;
  readonly seen: SeenStateRow;
}

/** The rows of one desk. */
export class EfecteStore {
  constructor(
    private readonly db: Kysely<Database>,
    readonly deskId: string,
    private readonly templateCode: string,
  ) {}

  /** The desk's cursor: the last `seq` applied to Efecte (0 at first). */
  async cursor(): Promise<number> {
    const row = await this.db
      .selectFrom('efecte_sync')
      .select('last_seq')
      .where('desk_id', '=', this.deskId)
      .executeTakeFirst();
    return row ? Number(row.last_seq) : 0;
  }

  /** Moves the cursor to `seq` (never back). */
  async advance(seq: number): Promise<void> {
    await this.db
      .insertInto('efecte_sync')
      .values({ desk_id: this.deskId, last_seq: seq })
      .onConflict((conflict) =>
        conflict.column('desk_id').doUpdateSet((eb) => ({
          last_seq: eb.fn('greatest', [eb.ref('efecte_sync.last_seq'), eb.val(seq)]),
          updated_at: new Date(),
        })),
      )
      .execute();
  }

  /**
   * Sets the cursor to `seq`, back or forward: an operator's replay (every event after `seq` is
   * applied again; the writes are idempotent, so only what Efecte lacks is written).
   */
  async rewind(seq: number): Promise<void> {
    await this.db
      .insertInto('efecte_sync')
      .values({ desk_id: this.deskId, last_seq: seq })
      .onConflict((conflict) =>
        conflict.column('desk_id').doUpdateSet({ last_seq: seq, updated_at: new Date() }),
      )
      .execute();
  }

  /** Up to when Efecte was polled, if it ever was. */
  async polledUntil(): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('efecte_sync')
      .select('polled_until')
      .where('desk_id', '=', this.deskId)
      .executeTakeFirst();
    return row?.polled_until ?? undefined;
  }

  /** Records that Efecte was polled up to `until`. */
  async markPolled(until: Date): Promise<void> {
    await this.db
      .insertInto('efecte_sync')
      .values({ desk_id: this.deskId, polled_until: until })
      .onConflict((conflict) =>
        conflict.column('desk_id').doUpdateSet({ polled_until: until, updated_at: new Date() }),
      )
      .execute();
  }

  /** The card of a ticket, if mapped. */
  async byTicket(ticketId: string): Promise<MappedCard | undefined> {
    const row = await this.select().where('ticket_id', '=', ticketId).executeTakeFirst();
    return row && mapped(row);
  }

  /** The ticket of a card, if mapped. */
  async byCard(dataCardId: string): Promise<MappedCard | undefined> {
    const row = await this.select().where('data_card_id', '=', dataCardId).executeTakeFirst();
    return row && mapped(row);
  }

  /** Every mapped card of the desk. */
  async all(): Promise<MappedCard[]> {
    return (await this.select().execute()).map(mapped);
  }

  /** Maps `ticketId` to `dataCardId` (a repeat of the same pair changes nothing). */
  async map(ticketId: string, dataCardId: string): Promise<void> {
    await this.db
      .insertInto('efecte_cards')
      .values({
        desk_id: this.deskId,
        ticket_id: ticketId,
        template_code: this.templateCode,
        data_card_id: dataCardId,
      })
      .onConflict((conflict) => conflict.columns(['desk_id', 'ticket_id']).doNothing())
      .execute();
  }

  /** Records the ticket version last pushed to its card. */
  async pushed(ticketId: string, version: number): Promise<void> {
    await this.db
      .updateTable('efecte_cards')
      .set((eb) => ({
        pushed_version: eb.fn('greatest', [eb.ref('pushed_version'), eb.val(version)]),
      }))
      .where('desk_id', '=', this.deskId)
      .where('ticket_id', '=', ticketId)
      .execute();
  }

  /** Records what was seen on a card. */
  async saw(dataCardId: string, seen: SeenStateRow): Promise<void> {
    await this.db
      .updateTable('efecte_cards')
      .set({ seen_state: jsonb(seen) })
      .where('desk_id', '=', this.deskId)
      .where('data_card_id', '=', dataCardId)
      .execute();
  }

  private select() {
    return this.db
      .selectFrom('efecte_cards')
      .select(['ticket_id', 'data_card_id', 'pushed_version', 'seen_state'])
      .where('desk_id', '=', this.deskId);
  }
}

function mapped(row: {
  ticket_id: string;
  data_card_id: string;
  pushed_version: number;
  seen_state: SeenStateRow;
}): MappedCard {
  return {
    ticketId: row.ticket_id,
    dataCardId: row.data_card_id,
    pushedVersion: row.pushed_version,
    seen: row.seen_state,
  };
}
