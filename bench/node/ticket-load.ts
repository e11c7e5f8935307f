/**
 * Ticket creations under load: autocannon sends `POST /tickets`, each request with a fresh
 * Idempotency-Key, and remembers which keys were acknowledged with a 201 and which were not.
 * @internal
 */
import autocannon from 'autocannon';
import { createIdempotencyKey, type CreateTicketRequest } from '@opin/support-sdk';
import { createdTicketId } from './ticket-request.js';

/** How hard and how long to load the server. */
export interface TicketLoadOptions {
  /** The API base, e.g. `http://127.0.0.1:4010/api/v1`. */
  apiBase: string;
  /** Concurrent connections, one request in flight on each. */
  connections: number;
  /** Length of the load in seconds. */
  seconds: number;
  /** The body of every creation. */
  ticket: CreateTicketRequest;
}

/** What the load did. */
export interface TicketLoad {
  /** autocannon's own figures (latency, requests, errors, status counts). */
  result: autocannon.Result;
  /** Idempotency-Key → ticket id, for every 201 received during the load. */
  acknowledged: Map<string, string>;
  /**
   * Keys of requests sent without a 201 coming back: cut off when the load stopped, timed out,
   * or answered with another status. Their callers would resend them with the same key.
   */
  unanswered: Set<string>;
}

/** Loads the server with ticket creations and keeps the books on every key sent. */
export async function runTicketLoad(options: TicketLoadOptions): Promise<TicketLoad> {
  const acknowledged = new Map<string, string>();
  const unanswered = new Set<string>();
  // autocannon hands the same per-connection context to setupRequest and onResponse, and a
  // connection has one request in flight, so the context tells which key a response answers.
  const keyOfContext = new WeakMap<object, string>();
  const body = JSON.stringify(options.ticket);
  const url = new URL(`${options.apiBase}/tickets`);

  const result = await autocannon({
    url: url.href,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        path: url.pathname,
        setupRequest: (request, context) => {
          const key = createIdempotencyKey();
          keyOfContext.set(context, key);
          unanswered.add(key);
          const headers = {
            ...request.headers,
            'content-type': 'application/json',
            'idempotency-key': key,
          };
          return { ...request, headers, body };
        },
        onResponse: (status, responseBody, context) => {
          const key = keyOfContext.get(context);
          const id = status === 201 ? createdTicketId(responseBody) : undefined;
          if (key === undefined || id === undefined) return;
          unanswered.delete(key);
          acknowledged.set(key, id);
        },
      },
    ],
  });
  return { result, acknowledged, unanswered };
}
