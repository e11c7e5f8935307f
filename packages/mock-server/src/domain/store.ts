/**
 * In-memory domain state of one mock API instance. Seed data (desks, topics, articles) is read-only
 * and lives in `../seed`; every domain fact that changes lives here and `reset()` empties it. What
 * the HTTP layer remembers (Idempotency-Keys, rate-limit windows) is its own: `../http/state.ts`.
 * @internal
 */
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import type { InboundEmailRecord } from './email/inbound-message-ids.js';
import type { StoredTicket } from './model.js';
import { newReference } from './reference.js';

/** Someone following a ticket's changes (the SSE stream). */
export interface TicketSubscriber {
  /** Called after every change, with the changed ticket. */
  changed(ticket: StoredTicket): void;
  /** Called when the ticket is gone (the mock was reset). */
  ended(): void;
}

/** Helpful / not helpful counts of one article. */
export interface FeedbackCount {
  helpful: number;
  notHelpful: number;
}

/** Every domain fact that changes while the mock runs. */
export class MockStore {
  readonly tickets = new Map<string, StoredTicket>();
  /**
   * The tickets the clock may still change (a pending hand-off, a resolution that will close),
   * so the sweeps run on every request need not walk every ticket. May hold tickets with nothing
   * left to do; the sweeps drop them.
   */
  readonly clockWatched = new Set<StoredTicket>();
  readonly outbox: OutboxEmail[] = [];
  readonly feedback = new Map<string, FeedbackCount>();
  /** Inbound e-mails applied or ignored, by desk and Message-ID (`./email/inbound-message-ids.ts`). */
  readonly inboundEmails = new Map<string, InboundEmailRecord>();
  /** When confirmations went to each mailbox in the last hour, in ms (`./email/recipient-limit.ts`). */
  readonly confirmationMails = new Map<string, number[]>();
  #resets = 0;
  readonly #idCounters = new Map<string, number>();
  readonly #subscribers = new Map<string, Set<TicketSubscriber>>();

  /** A new ticket reference: random, never one in use (`./reference.ts`). */
  newTicketId(): string {
    return newReference((id) => this.tickets.has(id));
  }

  /** How often the store was reset: the other ids (`msg-1`, …) count again from 1 after each. */
  get resets(): number {
    return this.#resets;
  }

  /** A new id for an event, message, note or e-mail, e.g. `msg-12`. */
  nextId(prefix: string): string {
    const next = (this.#idCounters.get(prefix) ?? 0) + 1;
    this.#idCounters.set(prefix, next);
    return `${prefix}-${next}`;
  }

  /** Follows one ticket; returns the function that stops following. */
  subscribe(ticketId: string, subscriber: TicketSubscriber): () => void {
    let set = this.#subscribers.get(ticketId);
    if (!set) {
      set = new Set();
      this.#subscribers.set(ticketId, set);
    }
    set.add(subscriber);
    return () => {
      const current = this.#subscribers.get(ticketId);
      current?.delete(subscriber);
      if (current?.size === 0) this.#subscribers.delete(ticketId);
    };
  }

  /** Tells every follower of this ticket that it changed. */
  notify(ticket: StoredTicket): void {
    for (const subscriber of [...(this.#subscribers.get(ticket.id) ?? [])]) {
      subscriber.changed(ticket);
    }
  }

  /** Number of open subscriptions (for tests of clean-up). */
  get subscriberCount(): number {
    let count = 0;
    for (const set of this.#subscribers.values()) count += set.size;
    return count;
  }

  /** Back to the seed: no tickets, e-mails (sent or received), feedback or followers (references stay random). */
  reset(): void {
    const subscribers = [...this.#subscribers.values()].flatMap((set) => [...set]);
    this.#subscribers.clear();
    for (const subscriber of subscribers) subscriber.ended();
    this.tickets.clear();
    this.clockWatched.clear();
    this.outbox.length = 0;
    this.feedback.clear();
    this.inboundEmails.clear();
    this.confirmationMails.clear();
    this.#idCounters.clear();
    this.#resets += 1;
  }
}
