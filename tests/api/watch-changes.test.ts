/**
 * The SDK's watch over the real mock server on loopback, with `?frames=changes` (issue 16,
 * findings 3 and 10): after the first whole ticket, each change arrives as a small `changes` frame
 * whose size does not grow with the messages before it, and the watch still yields whole tickets,
 * equal to `GET /tickets/{id}`. A change frame lost on the way is noticed, never patched onto the
 * wrong ticket: the watch reconnects without `Last-Event-ID` and starts from a whole ticket.
 * A backend may send whole frames only, so these run against the mock.
 */
import { describe, expect, it } from 'vitest';
import { createSupportClient, type Ticket, type TicketAccess } from '@opin/support-sdk';
import { ticketRequest, useMockServer } from './support/harness.js';
import { apiTarget } from './support/target.js';

const h = useMockServer();
const onMock = it.skipIf(apiTarget.kind === 'external');

/** The URL a `fetch` is called with. */
function urlOf(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : input.toString();
}

interface SeenFrame {
  event: string;
  bytes: number;
}

/**
 * A `fetch` that passes event streams through frame by frame, recording each frame's event and
 * size, and leaving out the frames `drop` picks (each stream is counted on its own).
 */
function tappingFetch(frames: SeenFrame[], drop: (event: string, index: number) => boolean) {
  const encoder = new TextEncoder();
  const tapped: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (!response.body || !urlOf(input).includes('/events')) return response;
    const decoder = new TextDecoder();
    let pending = '';
    let index = 0;
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pending += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = pending.indexOf('\n\n')) >= 0) {
            const block = pending.slice(0, end + 2);
            pending = pending.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            if (event !== undefined) {
              frames.push({ event, bytes: encoder.encode(block).byteLength });
              if (drop(event, index++)) continue;
            }
            controller.enqueue(encoder.encode(block));
          }
        },
      }),
    );
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return tapped;
}

/** Watches until a ticket with `messages` messages arrives; returns what was yielded. */
async function watchUntil(
  client: ReturnType<typeof createSupportClient>,
  access: TicketAccess,
  messages: number,
  act: () => Promise<void>,
): Promise<Ticket[]> {
  const controller = new AbortController();
  const seen: Ticket[] = [];
  let started: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (started = resolve));
  const watching = (async () => {
    const options = { signal: controller.signal, reconnectDelayMs: 10 };
    for await (const ticket of client.watchTicket(access, options)) {
      seen.push(ticket);
      started();
      if (ticket.messages.length >= messages) controller.abort();
    }
  })();
  await first;
  await act();
  await watching;
  return seen;
}

async function deskReplies(access: TicketAccess, count: number, size: number): Promise<void> {
  const opin = h.desk('opin');
  for (let i = 0; i < count; i++) {
    const body = `${String(i).padStart(3, '0')} ${'a'.repeat(size)}`;
    await opin.sendMessage(access.id, { body, language: 'fi', visibility: 'learner' });
  }
}

describe('watching with change frames', () => {
  onMock(
    'gets small change frames however long the ticket grows, and whole tickets out',
    async () => {
      const access = await h.file(
        ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
      );
      const frames: SeenFrame[] = [];
      const client = createSupportClient({
        baseUrl: h.apiBase,
        fetch: tappingFetch(frames, () => false),
      });

      const seen = await watchUntil(client, access, 30, () => deskReplies(access, 30, 4_000));

      const current = await h.learner.getTicket(access);
      expect(seen.at(-1)).toEqual(current);
      const versions = seen.map((t) => t.version);
      expect(versions).toEqual(versions.map((_, i) => (versions[0] ?? 0) + i));
      expect(seen.map((t) => t.messages.length)).toEqual(seen.map((_, i) => i));

      const changes = frames.filter((f) => f.event === 'changes').map((f) => f.bytes);
      expect(frames[0]?.event).toBe('ticket');
      expect(changes).toHaveLength(30);
      const [first = 0] = changes;
      // The 30th change follows 29 messages of 4 KB (116 KB); its frame is as small as the first.
      for (const bytes of changes) expect(bytes).toBeLessThan(first + 20);
      expect(first).toBeLessThan(6_000);
      expect(JSON.stringify(current).length).toBeGreaterThan(120_000);
    },
  );

  onMock(
    'reconnects without Last-Event-ID when a change frame went missing, and shows no wrong ticket',
    async () => {
      const access = await h.file(
        ticketRequest({ topicId: 'sign-in', origin: 'opin', language: 'fi' }),
      );
      const frames: SeenFrame[] = [];
      const urls: (string | null)[] = [];
      let streams = 0;
      // The first stream loses its third frame (the second change); later streams lose nothing.
      const tapping = tappingFetch(frames, (_, index) => streams === 1 && index === 2);
      const fetch: typeof globalThis.fetch = (input, init) => {
        if (urlOf(input).includes('/events')) {
          streams++;
          urls.push(new Headers(init?.headers).get('last-event-id'));
        }
        return tapping(input, init);
      };
      const client = createSupportClient({ baseUrl: h.apiBase, fetch });

      const seen = await watchUntil(client, access, 4, () => deskReplies(access, 4, 100));

      expect(seen.at(-1)).toEqual(await h.learner.getTicket(access));
      // Every yielded ticket is a true version: as many messages as desk replies so far.
      for (const ticket of seen) expect(ticket.messages).toHaveLength(ticket.version - 1);
      expect(urls[0]).toBeNull();
      expect(urls[1]).toBeNull();
      expect(frames.filter((f) => f.event === 'ticket').length).toBeGreaterThanOrEqual(2);
    },
  );
});
