/**
 * Error answers written straight to a socket, for requests node:http could not hand over (too
 * slow, too large, not HTTP): the same JSON body and headers as every other error, then the
 * connection closes.
 * @internal
 */
import type { ErrorCode } from '@opin/support-sdk/schemas';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { corsHeaders } from '../http/cors.js';
import { JSON_CONTENT_TYPE } from '../http/respond.js';

/** How long a closed-for-writing connection may wait for the client to close its side. */
const LINGER_MS = 2_000;

/** A whole HTTP/1.1 error response with `Connection: close`. */
export function rawErrorResponse(status: number, code: ErrorCode, message: string): string {
  const body = JSON.stringify({ error: { code, message } });
  const headers: Record<string, string> = {
    ...corsHeaders,
    'Content-Type': JSON_CONTENT_TYPE,
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head.join('')}\r\n${body}`;
}

/**
 * Answers on the socket and closes it; a socket that cannot take an answer any more is
 * destroyed. The client gets a moment to read the answer and close its side.
 */
export function answerAndClose(socket: Duplex | Socket, response: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(response);
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}
