/**
 * A loopback `node:http` webhook receiver for the sender's tests: records each request (method,
 * path, headers, raw body) and answers it with the test's handler.
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from './listen.js';

/** One request the receiver got, body as raw bytes. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A running receiver. */
export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Every request so far, in order. */
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}

/** Answers a request (the body is read first); 204 by default. */
export type ReceiverAnswer = (request: ReceivedRequest, response: ServerResponse) => void;

/** Starts a receiver on a free loopback port. */
export async function startWebhookReceiver(
  answer: ReceiverAnswer = (_, response) => response.writeHead(204).end(),
): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const { url, server } = await listenOnLoopback((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const got: ReceivedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
      };
      received.push(got);
      answer(got, response);
    });
  });
  return { url, port: Number(new URL(url).port), received, close: () => closeServer(server) };
}
