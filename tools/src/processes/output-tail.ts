/**
 * The last part of what a child printed, kept for error messages: bounded, so that a child that
 * prints a lot for hours costs no more memory than a short one.
 * @internal
 */

const defaultLimit = 64 * 1024;

/** Text appended in pieces, of which the last `limit` characters are kept. */
export class OutputTail {
  readonly #limit: number;
  #text = '';

  constructor(limit = defaultLimit) {
    this.#limit = limit;
  }

  add(piece: string): void {
    this.#text += piece;
    if (this.#text.length > 2 * this.#limit) this.#text = this.#text.slice(-this.#limit);
  }

  toString(): string {
    return this.#text.length > this.#limit ? `…${this.#text.slice(-this.#limit)}` : this.#text;
  }
}
