/**
 * Reads a message's DATA without holding more than `maxBytes` of it: the client goes on sending an
 * oversized message to its end (SMTP gives no way to stop it), and the bytes past the limit are
 * read and dropped.
 * @internal
 */
import type { Readable } from 'node:stream';

/** The whole message, or `undefined` when it was larger than `maxBytes`. */
export function readCapped(stream: Readable, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= maxBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    stream.once('end', () => resolve(bytes <= maxBytes ? Buffer.concat(chunks) : undefined));
    stream.once('error', reject);
  });
}
