/**
 * How many event streams are open per ticket, per desk (`GET /desk/events`) and per client address
 * (the address the rate limit uses, `clientAddress`; ticket and desk streams together), and the
 * refusal of one more: 429 `rate_limited` with `Retry-After`.
 * @internal
 */
import { ApiError } from '@opin/support-domain';
import type { ResolvedApiOptions } from '../options.js';

/** Seconds a refused client is told to wait; a place frees when any of its streams ends. */
export const STREAM_RETRY_AFTER_SECONDS = 10;

type StreamLimits = Pick<
  ResolvedApiOptions,
  'maxStreamsPerTicket' | 'maxStreamsPerDesk' | 'maxStreamsPerClient'
>;

/** Open streams by ticket, by desk and by client, and how many were refused. */
export class StreamSlots {
  readonly #byTicket = new Map<string, number>();
  readonly #byDesk = new Map<string, number>();
  readonly #byClient = new Map<string, number>();
  /** Streams refused since the start or the last reset. */
  refused = 0;

  /**
   * Takes a place for one stream of `ticketId` from `client`, or refuses it (429); returns the
   * function that gives the place back (once, however often it is called).
   */
  take(limits: StreamLimits, ticketId: string, client: string): () => void {
    return this.#take(this.#byTicket, limits.maxStreamsPerTicket, ticketId, limits, client);
  }

  /** {@link take} for one stream of a desk's events (`GET /desk/events`). */
  takeForDesk(limits: StreamLimits, desk: string, client: string): () => void {
    return this.#take(this.#byDesk, limits.maxStreamsPerDesk, desk, limits, client);
  }

  #take(
    counts: Map<string, number>,
    perKey: number,
    key: string,
    limits: StreamLimits,
    client: string,
  ): () => void {
    const onKey = counts.get(key) ?? 0;
    const fromClient = this.#byClient.get(client) ?? 0;
    const perClient = limits.maxStreamsPerClient;
    if (perKey > 0 && onKey >= perKey) {
      throw this.#refuse(`${key} already has ${perKey} event streams open.`);
    }
    if (perClient > 0 && fromClient >= perClient) {
      throw this.#refuse(`This address already has ${perClient} event streams open.`);
    }
    counts.set(key, onKey + 1);
    this.#byClient.set(client, fromClient + 1);
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      decrement(counts, key);
      decrement(this.#byClient, client);
    };
  }

  /** Forgets every count (the streams themselves end with the repository's reset). */
  reset(): void {
    this.#byTicket.clear();
    this.#byDesk.clear();
    this.#byClient.clear();
    this.refused = 0;
  }

  #refuse(why: string): ApiError {
    this.refused += 1;
    return new ApiError(
      429,
      'rate_limited',
      `Too many event streams: ${why} Close one, or try again in ${STREAM_RETRY_AFTER_SECONDS} s.`,
      undefined,
      { 'Retry-After': String(STREAM_RETRY_AFTER_SECONDS) },
    );
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const count = counts.get(key);
  if (count === undefined) return;
  if (count <= 1) counts.delete(key);
  else counts.set(key, count - 1);
}
