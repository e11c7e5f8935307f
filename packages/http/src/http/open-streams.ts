/**
 * The desk event streams open on one API instance (`./desk-event-stream.ts`), so that the mock's
 * reset can end them: a desk's log starts again from seq 1, and each client reconnects with the
 * seq it had, which the emptied log answers with `event: reset`.
 * @internal
 */

/** Open streams, each by the function that ends it. */
export class OpenStreams {
  readonly #ends = new Set<() => void>();

  /** Keeps `end` until the function returned is called (when the stream ends by itself). */
  add(end: () => void): () => void {
    const entry = () => end();
    this.#ends.add(entry);
    return () => this.#ends.delete(entry);
  }

  /** Ends every open stream. */
  endAll(): void {
    const ends = [...this.#ends];
    this.#ends.clear();
    for (const end of ends) end();
  }

  /** Streams open now. */
  get size(): number {
    return this.#ends.size;
  }
}
