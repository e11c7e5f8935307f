/**
 * One mock API answered in process through msw's `getResponse` (no sockets), with its context at
 * hand: tests count what the server holds (streams, subscribers, refusals) instead of timing it.
 */
import '@opin/support-http/node';
import { getResponse } from 'msw';
import { fileTicket, planTicket, type StoredTicket } from '@opin/support-domain';
import { CLIENT_ADDRESS_HEADER, createHandlers } from '@opin/support-http';
import type { MockApiOptions } from '../../src/index.js';
import { testContext, ticketInput, type MockTestContext } from './domain.js';

/** The API base requests go to. */
export const IN_PROCESS_API = 'https://support.example/api/v1';

/** A ticket and the token that opens it. */
export interface OpenTicket {
  ticket: StoredTicket;
  accessToken: string;
}

/** How a test opens an event stream. */
export interface StreamRequest {
  /** The client address the Node server would have set from the socket. */
  client?: string;
  lastEventId?: string;
  /** `?frames=`; left out unless given. */
  frames?: string;
}

/** A mock API in process. */
export interface InProcessApi {
  ctx: MockTestContext;
  /** Sends a request to the handlers; `path` is relative to the API base. */
  send(path: string, init?: RequestInit): Promise<Response>;
  /** Files a ticket through the domain (no rate limit) and returns it with its token. */
  file(): Promise<OpenTicket>;
  /** `GET /tickets/{id}/events` as the ticket's learner. */
  openStream(opened: OpenTicket, request?: StreamRequest): Promise<Response>;
}

/** A fresh mock API; the heartbeat is slow unless told, so counts are not disturbed by it. */
export function inProcessApi(options: MockApiOptions = {}): InProcessApi {
  const ctx = testContext({ rateLimitPerMinute: 0, heartbeatMs: 3_600_000, ...options });
  const handlers = createHandlers(ctx);
  const send = async (path: string, init?: RequestInit) => {
    const response = await getResponse(handlers, new Request(`${IN_PROCESS_API}${path}`, init), {
      quiet: true,
    });
    if (!response) throw new Error(`No handler answered ${path}.`);
    return response;
  };
  return {
    ctx,
    send,
    file: () => fileTicket(ctx, planTicket(ctx.directory, ticketInput())),
    openStream: ({ ticket, accessToken }, request = {}) => {
      const headers: Record<string, string> = { Authorization: `Bearer ${accessToken}` };
      if (request.client !== undefined) headers[CLIENT_ADDRESS_HEADER] = request.client;
      if (request.lastEventId !== undefined) headers['Last-Event-ID'] = request.lastEventId;
      const query = request.frames === undefined ? '' : `?frames=${request.frames}`;
      return send(`/tickets/${ticket.id}/events${query}`, { headers });
    },
  };
}
