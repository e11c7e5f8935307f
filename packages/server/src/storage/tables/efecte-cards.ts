/**
 * `efecte_cards`: which Efecte data card shows which ticket for a desk, the ticket version last
 * pushed to it, and `seen_state`, what the connector last saw of the agent's attributes on it
 * (`../../efecte/inbound-card.ts`), so that reading the card again acts only on what changed.
 * Unique per desk both ways.
 * @internal
 */
import type { ColumnType } from 'kysely';
import type { JsonWithDefault } from './json.js';

/** What the connector saw on a card (`../../efecte/inbound-card.ts`). */
export interface SeenStateRow {
  /** The agent's request last acted on (`null` once cleared on the card). */
  request?: string | null;
  /** Digests (author, date, text) of the `fromAgent` entries handled, at most the last 500. */
  entries?: string[];
}

/** The `efecte_cards` table. */
export interface EfecteCardsTable {
  desk_id: string;
  ticket_id: string;
  template_code: string;
  data_card_id: string;
  pushed_version: ColumnType<number, number | undefined, number>;
  seen_state: JsonWithDefault<SeenStateRow>;
  created_at: ColumnType<Date, Date | undefined, never>;
}
