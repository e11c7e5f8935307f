/**
 * Reads a text/event-stream response block by block.
 */

/** One block of the stream: a frame with fields, or a comment. */
export interface SseBlock {
  comment?: string;
  event?: string;
  id?: string;
  data?: string;
}

/** Reads blocks from a streaming response. */
export class SseReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  #buffer = '';

  constructor(response: Response) {
    if (!response.body) throw new Error('The response has no body.');
    this.#reader = response.body.getReader();
  }

  /** The next block, or `undefined` when the stream ended. */
  async next(): Promise<SseBlock | undefined> {
    for (;;) {
      const end = this.#buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 2);
        return parseBlock(block);
      }
      const { done, value } = await this.#reader.read();
      if (done) return undefined;
      this.#buffer += this.#decoder.decode(value, { stream: true });
    }
  }

  /** The next frame that is not a comment. */
  async nextFrame(): Promise<SseBlock | undefined> {
    for (;;) {
      const block = await this.next();
      if (block?.comment === undefined) return block;
    }
  }

  /** Stops reading; the server sees the stream cancelled. */
  async cancel(): Promise<void> {
    await this.#reader.cancel();
  }
}

function parseBlock(block: string): SseBlock {
  const parsed: SseBlock = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) parsed.comment = line.slice(1).trim();
    const match = /^(event|id|data): ?(.*)$/.exec(line);
    if (match?.[1] === 'event') parsed.event = match[2];
    if (match?.[1] === 'id') parsed.id = match[2];
    if (match?.[1] === 'data') parsed.data = match[2];
  }
  return parsed;
}
