/**
 * Reconciliation of one desk (docs/design/realtime.md, §4 "Reconciliation"), every
 * `reconcileEveryMinutes`: for each mapped ticket that is not closed, the card is read and what
 * Opin has and Efecte lacks is written again (the state, subject and summary, absolute values),
 * and the card is queued for the inbound side, which applies what Efecte has and Opin lacks (the
 * diff against `seen_state`). Logs the counts of drift repaired, never content. Entries of the
 * `toOpin` worklog that an event skipped (a cursor moved past the log's retention) are not
 * rewritten here.
 * @internal
 */
import { mayRead, type EfecteConfig, type TicketRepository } from '@opin/support-domain';
import type { Logger } from '../log/logger.js';
import { cardFields } from './card-content.js';
import type { EfecteClient } from './efecte-client.js';
import type { EfecteStore } from './efecte-store.js';

/** What reconciling needs. */
export interface ReconcileContext {
  readonly config: Pick<EfecteConfig, 'desk' | 'attributes' | 'statusCodes'>;
  readonly client: EfecteClient;
  readonly store: EfecteStore;
  readonly tickets: Pick<TicketRepository, 'find'>;
  readonly log: Logger;
  /** Queues a card for the inbound side. */
  readonly recheck: (dataCardId: string) => void;
  readonly signal?: AbortSignal;
}

/** What a round did: cards looked at, cards whose fields were written again. */
export interface ReconcileCounts {
  readonly checked: number;
  readonly repaired: number;
}

/** One round over every mapped card of the desk. */
export async function reconcileDesk(ctx: ReconcileContext): Promise<ReconcileCounts> {
  let checked = 0;
  let repaired = 0;
  for (const mapped of await ctx.store.all()) {
    const ticket = await ctx.tickets.find(mapped.ticketId);
    if (!ticket || ticket.status === 'closed' || !mayRead(ticket, ctx.config.desk)) continue;
    checked += 1;
    const fields = cardFields(ctx.config, ticket);
    const codes = Object.keys(fields);
    const card = await ctx.client.readCard(mapped.dataCardId, codes, ctx.signal);
    const differs = codes.some(
      (code) =>
        String(card.data[code]?.values[0]?.value ?? '') !==
        String(fields[code]?.values[0]?.value ?? ''),
    );
    if (differs) {
      await ctx.client.patchCard(mapped.dataCardId, fields, ctx.signal);
      await ctx.store.pushed(ticket.id, ticket.version);
      repaired += 1;
    }
    ctx.recheck(mapped.dataCardId);
  }
  ctx.log.info({ desk: ctx.config.desk, checked, repaired }, 'efecte reconciled');
  return { checked, repaired };
}
