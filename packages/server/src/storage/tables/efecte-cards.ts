/**
 * `efecte_cards`: which Efecte data card shows which ticket for a desk, the ticket version last
 * pushed to it, and `seen_state`, what the connector last saw of the agent's attributes on it
 * (`../../efecte/seen-state.ts`), so that reading the card again acts only on what changed.
 * Unique per desk both ways.
 * @internal
 */
import type { ColumnType } from 'kysely';
import type { JsonWithDefault } from './json.js';

/** What the connector saw on a card (`../../efecte/seen-state.ts`). */
export interface SeenStateRow {
  request?: string | null;
  fromAgent?: number;
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
