/**
 * The tickets that have event streams open, each with one feed: a change is serialised once, as
 * one SSE frame, and the same bytes go to every stream of that ticket; one heartbeat timer per
 * ticket. A feed follows the store only while a stream follows it.
 * @internal
 */
import type { MockContext } from '../domain/context.js';
import type { StoredTicket } from '../domain/model.js';
import { learnerView } from '../domain/views.js';

/** One event stream following a ticket. */
export interface FeedConsumer {
  /** A frame of the ticket at `version`; the same bytes for every stream of the ticket. */
  frame(version: number, bytes: Uint8Array): void;
  /** A heartbeat comment (shared bytes). */
  heartbeat(bytes: Uint8Array): void;
  /** The ticket is gone (the mock was reset): the stream ends. */
  end(): void;
}

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': heartbeat\n\n');

/** One SSE frame carrying the learner view of the ticket. */
export function ticketFrame(ticket: StoredTicket): string {
  return `event: ticket\nid: ${ticket.version}\ndata: ${JSON.stringify(learnerView(ticket))}\n\n`;
}

/** The streams of one ticket and its latest frame. */
class TicketFeed {
  readonly consumers = new Set<FeedConsumer>();
  #latest: { version: number; bytes: Uint8Array } | undefined;
  readonly #unsubscribe: () => void;
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(ctx: MockContext, ticketId: string, onEnded: () => void) {
    this.#unsubscribe = ctx.store.subscribe(ticketId, {
      changed: (ticket) => {
        const bytes = this.frameOf(ticket);
        for (const consumer of [...this.consumers]) consumer.frame(ticket.version, bytes);
      },
      ended: () => {
        onEnded();
        for (const consumer of [...this.consumers]) consumer.end();
      },
    });
    this.#timer = setInterval(() => {
      for (const consumer of [...this.consumers]) consumer.heartbeat(HEARTBEAT);
    }, ctx.options.heartbeatMs);
  }

  /** The frame of the ticket as it is now, serialised once per version. */
  frameOf(ticket: StoredTicket): Uint8Array {
    if (this.#latest?.version !== ticket.version) {
      this.#latest = { version: ticket.version, bytes: encoder.encode(ticketFrame(ticket)) };
    }
    return this.#latest.bytes;
  }

  /** Stops following the store and the clock. */
  stop(): void {
    clearInterval(this.#timer);
    this.#unsubscribe();
  }
}

/** Every feed of one mock API instance, by ticket id. */
export class TicketFeeds {
  readonly #feeds = new Map<string, TicketFeed>();
  /** Streams dropped because their reader fell too far behind (`./event-stream.ts`). */
  dropped = 0;

  /**
   * Adds a stream to the ticket's feed and sends it the current frame; returns the function that
   * removes it (the feed stops with its last stream).
   */
  follow(ctx: MockContext, ticket: StoredTicket, consumer: FeedConsumer): () => void {
    let feed = this.#feeds.get(ticket.id);
    if (!feed) {
      feed = new TicketFeed(ctx, ticket.id, () => this.#drop(ticket.id));
      this.#feeds.set(ticket.id, feed);
    }
    const joined = feed;
    joined.consumers.add(consumer);
    consumer.frame(ticket.version, joined.frameOf(ticket));
    return () => {
      joined.consumers.delete(consumer);
      if (joined.consumers.size === 0) this.#drop(ticket.id);
    };
  }

  /** Tickets with at least one stream open. */
  get size(): number {
    return this.#feeds.size;
  }

  /** Streams open, over every ticket. */
  get streams(): number {
    let count = 0;
    for (const feed of this.#feeds.values()) count += feed.consumers.size;
    return count;
  }

  #drop(ticketId: string): void {
    const feed = this.#feeds.get(ticketId);
    if (!feed) return;
    this.#feeds.delete(ticketId);
    feed.stop();
  }
}
