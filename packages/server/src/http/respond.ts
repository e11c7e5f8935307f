/**
 * JSON answers, and the contract's error body `{ error: { code, message } }`.
 * @internal
 */
import type { ServerResponse } from 'node:http';

/** Sends `body` as JSON with `status`; nothing is cached. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** Sends the contract's error body. */
export function sendError(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  sendJson(response, status, { error: { code, message } });
}
