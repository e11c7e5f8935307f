/** Reading a message's DATA with a cap (`src/mail/inbound/read-capped.ts`). */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCapped } from '../src/mail/inbound/read-capped.js';

const chunks = (...sizes: number[]) =>
  Readable.from(sizes.map((size, index) => Buffer.alloc(size, 97 + index)));

describe('reading a message with a cap', () => {
  it('gives the whole message when it fits', async () => {
    expect((await readCapped(chunks(3, 4), 7))?.toString()).toBe('aaabbbb');
  });

  it('reads an oversized message to its end and gives nothing', async () => {
    const stream = chunks(4, 4, 1_000);
    expect(await readCapped(stream, 7)).toBeUndefined();
    expect(stream.readableEnded).toBe(true);
  });
});
