/**
 * A watch ends when its signal aborts, even when the `fetch` under it does not end the response
 * body on abort. In Node a `Request`'s signal follows its caller's only weakly, so after garbage
 * collection an abort may never reach the body; with heartbeats arriving, the watch then read on
 * until the server closed (a flaky `tests/api/watch.test.ts`). The body here ignores the abort by
 * construction, and keeps sending heartbeats, so the watch can only end by cancelling it itself.
 */
import { describe, expect, it } from 'vitest';
import { createSupportClient, type Ticket } from '../src/index.js';
import { accessToken, makeTicket } from './support/fixtures.js';
import { ticketFrame } from './support/fault-server.js';

const access = { id: 'OPIN-000123', accessToken };
const encoder = new TextEncoder();

describe('watchTicket, aborted', () => {
  it('ends and cancels the body when the fetch under it does not end the body on abort', async () => {
    let heartbeats: ReturnType<typeof setInterval> | undefined;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(ticketFrame(makeTicket({ version: 1 }))));
        heartbeats = setInterval(() => controller.enqueue(encoder.encode(': beat\n\n')), 5);
      },
      cancel() {
        cancelled = true;
        clearInterval(heartbeats);
      },
    });
    // Answers with the body above and never looks at the request's signal.
    const fetch: typeof globalThis.fetch = () =>
      Promise.resolve(
        new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
      );
    const client = createSupportClient({ baseUrl: 'https://support.example/api/v1', fetch });
    const controller = new AbortController();
    const seen: Ticket[] = [];

    for await (const ticket of client.watchTicket(access, { signal: controller.signal })) {
      seen.push(ticket);
      controller.abort();
    }

    expect(seen.map((ticket) => ticket.version)).toEqual([1]);
    expect(cancelled).toBe(true);
  });
});
