/**
 * Raw TCP conversations with a server, for what fetch cannot do: requests that never finish,
 * trickled bytes, idle connections. Every wait has a generous ceiling, and reports whether the
 * server cut the connection before it, not how fast.
 */
import { connect, type Socket } from 'node:net';

/** Ceiling on any wait for the server: far above every timeout the tests configure. */
export const CEILING_MS = 10_000;

/** What came back on a connection until the server closed it (or the ceiling passed). */
export interface RawOutcome {
  /** Everything the server sent, as latin1 text. */
  text: string;
  /** The server closed the connection before the ceiling. */
  closed: boolean;
}

/** An open connection: write to it, then wait for the server to close it. */
export interface RawConnection {
  socket: Socket;
  /** Everything received so far. */
  received(): string;
  /** Resolves when the server closed the connection, or the ceiling passed (then destroys it). */
  outcome(): Promise<RawOutcome>;
}

/** Opens a connection to `url`'s host and port; resolves once connected. */
export function openRaw(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    let closed = false;
    const done = new Promise<void>((settle) => socket.once('close', () => settle()));
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve({
        socket,
        received: () => text,
        async outcome() {
          let timer: NodeJS.Timeout | undefined;
          const ceiling = new Promise<void>((settle) => (timer = setTimeout(settle, CEILING_MS)));
          await Promise.race([done.then(() => (closed = true)), ceiling]);
          clearTimeout(timer);
          socket.destroy();
          return { text, closed };
        },
      });
    });
    socket.once('error', reject);
  });
}

function wholeResponse(text: string): boolean {
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd < 0) return false;
  const head = text.slice(0, headEnd);
  if (/\r\ntransfer-encoding: *chunked/i.test(head)) return text.endsWith('\r\n0\r\n\r\n');
  const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? '0');
  return text.length >= headEnd + 4 + length;
}

/** Writes `request` and waits until a whole response (head and body) came back. */
export async function exchange(connection: RawConnection, request: string): Promise<string> {
  const before = connection.received().length;
  connection.socket.write(request);
  const deadline = Date.now() + CEILING_MS;
  for (;;) {
    const text = connection.received().slice(before);
    if (wholeResponse(text)) return text;
    if (Date.now() > deadline || connection.socket.destroyed) {
      throw new Error(`No whole response: ${JSON.stringify(text.slice(0, 200))}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The status line's code of a raw response (`0` if none). */
export function statusOf(text: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
}

/** The JSON error code of a raw response's body. */
export function errorCodeOf(text: string): string | undefined {
  const body = text.slice(text.indexOf('\r\n\r\n') + 4);
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}
