/**
 * Between node:http and fetch: an IncomingMessage becomes a WHATWG Request (body read up to the
 * limit, never further), and a Response is written back — streamed, so SSE frames flush at once,
 * and no faster than the client reads (the socket's backpressure is respected).
 * @internal
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../http/body.js';
import { CLIENT_ADDRESS_HEADER } from '../http/client-key.js';

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'expect',
  CLIENT_ADDRESS_HEADER,
]);

/** The body was larger than the limit; reading stopped. */
export const TOO_LARGE = Symbol('too large');

/** Reads the request body, stopping as soon as it passes `MAX_BODY_BYTES`. */
export function readIncomingBody(req: IncomingMessage): Promise<Buffer | typeof TOO_LARGE> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > MAX_BODY_BYTES) {
        cleanup();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    // Closed before the end (the client left, or was cut for being too slow).
    const onClose = () => onError(new Error('The request closed before its body ended.'));
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/** The WHATWG request for an incoming message whose body was read. */
export function toFetchRequest(
  req: IncomingMessage,
  origin: string,
  body: Buffer,
  signal: AbortSignal,
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || hopByHop.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set(CLIENT_ADDRESS_HEADER, req.socket.remoteAddress ?? 'unknown');
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const path = req.url?.startsWith('/') ? req.url : `/${req.url ?? ''}`;
  return new Request(new URL(`${origin}${path}`), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : null,
    signal,
  });
}

/** Resolves when `res` can take more data again, or is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Writes a fetch Response to node:http, streaming its body. If the client goes away, the body
 * reader is cancelled (which unsubscribes an event stream). Resolves when the response ended.
 */
export async function writeFetchResponse(
  res: ServerResponse,
  response: Response,
  onCancelable: (cancel: () => void) => () => void,
): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (response.body === null) {
    res.end();
    return;
  }
  res.flushHeaders();
  const reader = response.body.getReader();
  const cancel = () => {
    reader.cancel().catch(() => undefined);
  };
  const forget = onCancelable(cancel);
  res.on('close', cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      // Backpressure: read the next chunk only once the socket took this one, so a slow reader's
      // frames wait (bounded) in the event stream's queue, not in an ever-growing socket buffer.
      if (!res.write(value)) await drained(res);
    }
  } catch {
    // The body failed or was cancelled: end what was sent.
  } finally {
    res.off('close', cancel);
    forget();
    res.end();
  }
}
