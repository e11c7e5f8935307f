/**
 * Filling a server with tickets through its API: `POST /tickets` with a fresh Idempotency-Key per
 * ticket, a few requests in flight at once.
 * @internal
 */
import { createIdempotencyKey } from '@opin/support-sdk';
import { benchTicketRequest, createdTicketId } from './ticket-request.js';

/** A ticket the learner can follow: its id and access token. */
export interface FiledTicket {
  id: string;
  accessToken: string;
}

/** Files `count` tickets with `concurrency` requests in flight; throws on any answer but 201. */
export async function fileTickets(
  apiBase: string,
  count: number,
  concurrency: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      await fileTicket(apiBase);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** Files one ticket and returns what its learner gets. */
export async function fileTicket(apiBase: string): Promise<FiledTicket> {
  const response = await fetch(`${apiBase}/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': createIdempotencyKey() },
    body: JSON.stringify(benchTicketRequest),
  });
  const text = await response.text();
  const id = response.status === 201 ? createdTicketId(text) : undefined;
  const token: unknown =
    id === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>)['accessToken'];
  if (id === undefined || typeof token !== 'string') {
    throw new Error(`Filing a ticket was answered ${response.status}: ${text.slice(0, 200)}`);
  }
  return { id, accessToken: token };
}
