/**
 * The tickets that have event streams open, each with one feed: each version of a ticket is
 * serialised at most once per kind of frame — the whole ticket (`event: ticket`), and the change
 * from the version before (`event: changes`, `./ticket-changes.ts`) — when a stream first needs
 * it, and the same bytes go to every stream of that ticket; one heartbeat timer per ticket. A feed
 * follows the repository only while a stream follows it. A feed only moves forward: a stream that
 * joins with an older read of the ticket gets the feed's latest version. A new feed reads the
 * ticket again once it follows, so that a change saved (on another instance) between the stream's
 * read and the follow is not missed.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import type { Ticket } from '@opin/support-sdk/schemas';
import { learnerView, type StoredTicket } from '@opin/support-domain';
import { changesSince, marksOf, type VersionMarks } from './ticket-changes.js';

/** The frames of one version of a ticket, each serialised on first use and then shared. */
export interface VersionFrames {
  /** The `ticket` frame: the whole learner view. */
  whole(): Uint8Array;
  /** The `changes` frame from the version before; `undefined` when the change cannot be one. */
  changes(): Uint8Array | undefined;
}

/** One event stream following a ticket. */
export interface FeedConsumer {
  /** The frames of the ticket at `version`; the same bytes for every stream of the ticket. */
  frame(version: number, frames: VersionFrames): void;
  /** A heartbeat comment (shared bytes). */
  heartbeat(bytes: Uint8Array): void;
  /** The ticket is gone (the mock was reset): the stream ends. */
  end(): void;
}

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': heartbeat\n\n');

/** One SSE frame. */
function sseFrame(event: 'ticket' | 'changes', version: number, data: unknown): string {
  return `event: ${event}\nid: ${version}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The frames of the version `view` shows; `before` marks the version before, if known. */
class LatestVersion implements VersionFrames {
  readonly marks: VersionMarks;
  #whole: Uint8Array | undefined;
  #changes: Uint8Array | null | undefined;

  constructor(
    readonly view: Ticket,
    readonly before: VersionMarks | undefined,
  ) {
    this.marks = marksOf(view);
  }

  whole(): Uint8Array {
    return (this.#whole ??= encoder.encode(sseFrame('ticket', this.view.version, this.view)));
  }

  changes(): Uint8Array | undefined {
    if (this.#changes === undefined) {
      const data = this.before && changesSince(this.before, this.view);
      this.#changes = data ? encoder.encode(sseFrame('changes', data.version, data)) : null;
    }
    return this.#changes ?? undefined;
  }
}

/** The streams of one ticket and the frames of its latest version. */
class TicketFeed {
  readonly consumers = new Set<FeedConsumer>();
  #latest: LatestVersion | undefined;
  readonly #unsubscribe: () => void;
  readonly #timer: ReturnType<typeof setInterval>;

  readonly #ctx: ApiContext;

  #stopped = false;

  constructor(ctx: ApiContext, ticketId: string, onEnded: () => void) {
    this.#ctx = ctx;
    this.#unsubscribe = ctx.tickets.follow(ticketId, {
      changed: (ticket) => this.#offer(ticket),
      ended: () => {
        onEnded();
        for (const consumer of [...this.consumers]) consumer.end();
      },
    });
    this.#timer = setInterval(() => {
      for (const consumer of [...this.consumers]) consumer.heartbeat(HEARTBEAT);
    }, ctx.options.heartbeatMs);
  }

  /**
   * The frames of the feed's latest version, `ticket` if it is newer (made once per version):
   * never an older version than one the feed already had.
   */
  framesOf(ticket: StoredTicket): LatestVersion {
    if (this.#latest === undefined || ticket.version > this.#latest.view.version) {
      this.#latest = new LatestVersion(
        learnerView(this.#ctx.directory, ticket),
        this.#latest?.marks,
      );
    }
    return this.#latest;
  }

  /**
   * Reads the ticket again and offers it: a change saved between a stream's read and the feed's
   * follow (by another instance) reaches the streams now rather than with the next change.
   */
  async catchUp(ticketId: string): Promise<void> {
    try {
      const ticket = await this.#ctx.tickets.find(ticketId);
      if (ticket) this.#offer(ticket);
    } catch (error) {
      this.#ctx.reportError(error);
    }
  }

  /** Stops following the repository and the clock. */
  stop(): void {
    this.#stopped = true;
    clearInterval(this.#timer);
    this.#unsubscribe();
  }

  /** Gives every stream the ticket's version, if it is newer than what the feed had. */
  #offer(ticket: StoredTicket): void {
    if (this.#stopped) return;
    const frames = this.framesOf(ticket);
    for (const consumer of [...this.consumers]) consumer.frame(frames.view.version, frames);
  }
}

/** Every feed of one mock API instance, by ticket id. */
export class TicketFeeds {
  readonly #feeds = new Map<string, TicketFeed>();
  /** Streams dropped because their reader fell too far behind (`./event-stream.ts`). */
  dropped = 0;

  /**
   * Adds a stream to the ticket's feed and offers it the current version; returns the function that
   * removes it (the feed stops with its last stream).
   */
  follow(ctx: ApiContext, ticket: StoredTicket, consumer: FeedConsumer): () => void {
    let feed = this.#feeds.get(ticket.id);
    const isNew = !feed;
    if (!feed) {
      feed = new TicketFeed(ctx, ticket.id, () => this.#drop(ticket.id));
      this.#feeds.set(ticket.id, feed);
    }
    const joined = feed;
    joined.consumers.add(consumer);
    const frames = joined.framesOf(ticket);
    consumer.frame(frames.view.version, frames);
    if (isNew) void joined.catchUp(ticket.id);
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
