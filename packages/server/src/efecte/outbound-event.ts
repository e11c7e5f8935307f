/**
 * Opin → Efecte, one desk event at a time (docs/design/realtime.md, §4 "Opin → Efecte"): the event
 * is thin, so the ticket is read at apply time through the repository, as the desk may read it,
 * and turned into idempotent card writes. `ticket.received` and `handoff.offered` create the card
 * (or adopt the one Efecte already has with the ticket's reference) with the question as its first
 * `toOpin` entry; every event sets the state attribute (an absolute write); `message.learner` and
 * `consult.answered` append their text to `toOpin` with the event's marker, so a repeat writes
 * nothing. Applying an event twice leaves the card as applying it once.
 * @internal
 */
import type { DeskEvent } from '@opin/support-sdk/schemas';
import {
  mayRead,
  type EfecteConfig,
  type StoredTicket,
  type TicketRepository,
} from '@opin/support-domain';
import { cardFields, questionText, stateFields } from './card-content.js';
import type { EfecteClient } from './efecte-client.js';
import type { EfecteStore } from './efecte-store.js';

/** What applying needs. */
export interface OutboundContext {
  readonly config: Pick<EfecteConfig, 'desk' | 'attributes' | 'statusCodes'>;
  readonly client: EfecteClient;
  readonly store: EfecteStore;
  readonly tickets: Pick<TicketRepository, 'find'>;
  readonly signal?: AbortSignal;
}

const creating = new Set(['ticket.received', 'handoff.offered']);

/** Applies `event` to Efecte; throws an `EfecteError` when Efecte fails (the caller retries). */
export async function applyOutboundEvent(ctx: OutboundContext, event: DeskEvent): Promise<void> {
  const ticket = await ctx.tickets.find(event.ticketId);
  const desk = ctx.config.desk;
  // A ticket the desk no longer reads (a returned hand-off) gets its state only, if it has a card.
  const readable = ticket !== undefined && mayRead(ticket, desk);
  let mapped = await ctx.store.byTicket(event.ticketId);
  if (!mapped && readable && creating.has(event.type)) {
    const dataCardId = await createOrAdopt(ctx, ticket, event.seq);
    await ctx.store.map(ticket.id, dataCardId);
    mapped = await ctx.store.byTicket(ticket.id);
  }
  if (!mapped || !ticket) return;
  const { dataCardId } = mapped;
  const state = stateFields(ctx.config, ticket);
  if (state) await ctx.client.patchCard(dataCardId, state, ctx.signal);
  if (readable) {
    const text = textOf(ticket, event);
    if (text !== undefined) {
      await ctx.client.appendWorklog(
        dataCardId,
        ctx.config.attributes.toOpin,
        { deskId: desk, seq: event.seq, text },
        ctx.signal,
      );
    }
  }
  await ctx.store.pushed(ticket.id, event.version);
}

/** The card for a new ticket: the one Efecte has with its reference, or a new one. */
async function createOrAdopt(
  ctx: OutboundContext,
  ticket: StoredTicket,
  seq: number,
): Promise<string> {
  const fields = cardFields(ctx.config, ticket);
  const found = await ctx.client.findByReference(ticket.id, ctx.signal);
  const dataCardId = found ?? (await ctx.client.createCard(fields, ctx.signal));
  if (found) await ctx.client.patchCard(found, fields, ctx.signal);
  // The question, under the creating event's marker: written once however often this runs.
  await ctx.client.appendWorklog(
    dataCardId,
    ctx.config.attributes.toOpin,
    { deskId: ctx.config.desk, seq, text: questionText(ticket) },
    ctx.signal,
  );
  return dataCardId;
}

/** The text an event carries to `toOpin`, read from the ticket; `undefined` for none. */
function textOf(ticket: StoredTicket, event: DeskEvent): string | undefined {
  if (event.type === 'message.learner') {
    return ticket.messages.find((message) => message.id === event.data.messageId)?.body;
  }
  if (event.type === 'consult.answered') {
    const answers = ticket.internalNotes.filter((note) => note.kind === 'consult_answer');
    return (answers.find((note) => note.at === event.at) ?? answers.at(-1))?.body;
  }
  return undefined;
}
