/**
 * The server serving the contract, started in process on a storage target, as a portal and a desk
 * would use it through the SDK: what it keeps across a restart, and what only `--demo` opens.
 * `serving-pglite.test.ts` and `serving-postgres.test.ts` run it on each target.
 */
import { createDeskKey } from '../../src/keys/desk-keys.js';
import { demoConfig } from '@opin/support-domain';
import { createSupportClient, type CreateTicketRequest, type Ticket } from '@opin/support-sdk';
import { createDeskClient, type DeskEvent } from '@opin/support-sdk/desk';
import { expect, it, vi } from 'vitest';
import {
  startSupportServer,
  type SupportServer,
  type SupportServerOptions,
} from '../../src/server.js';
import { openStorage } from '../../src/storage/open.js';
import type { DatabaseTarget } from '../../src/storage/target.js';
import { silentLog } from './silent-log.js';

const request: CreateTicketRequest = {
  topicId: 'credits-and-grades',
  institutionId: 'helsinki',
  // Filed on Opin.fi: the Opin.fi desk receives it (use case 2).
  origin: 'opin',
  language: 'sv',
  subject: 'Mina studiepoäng syns inte',
  description: 'Kursen jag gick i våras syns inte bland mina prestationer.',
  contact: { email: 'studerande@example.fi', name: 'Stina Studerande' },
};

/** Starts the server on `target` with the demo config, `demo` as told. */
async function start(
  target: DatabaseTarget,
  demo: boolean,
  more: Pick<SupportServerOptions, 'api' | 'clockIntervalMs'> = {},
): Promise<SupportServer> {
  const server = await startSupportServer({
    port: 0,
    host: '127.0.0.1',
    database: target,
    config: demoConfig,
    demo,
    logger: silentLog,
    ...more,
  });
  await server.ready;
  return server;
}

/** The tests, on the target `target()` gives (a fresh database for the file). */
export function servingSuite(target: () => DatabaseTarget): void {
  it('keeps a ticket across a restart: its learner reads it, its desk queues it, and a retry of its creation replays it', async () => {
    const opened = await openStorage(target(), silentLog);
    const { key } = await createDeskKey(opened.db, 'opin');
    await opened.close();

    let server = await start(target(), false);
    const idempotencyKey = 'serving-suite-key-1';
    let created;
    try {
      const learner = createSupportClient({ baseUrl: `${server.url}/api/v1` });
      created = await learner.createTicket(request, { idempotencyKey });
      expect(created.ticket.language).toBe('sv');
    } finally {
      await server.close();
    }

    server = await start(target(), false);
    try {
      const baseUrl = `${server.url}/api/v1`;
      const access = { id: created.ticket.id, accessToken: created.accessToken };
      const again = await createSupportClient({ baseUrl }).getTicket(access);
      expect(again.id).toBe(created.ticket.id);
      expect(again.subject).toBe(request.subject);
      const queue = await createDeskClient({ baseUrl, deskKey: key }).queue();
      expect(queue.map((ticket) => ticket.id)).toContain(created.ticket.id);

      // The same key and body again: the first answer, token included, from the database.
      const replay = await fetch(`${baseUrl}/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(request),
      });
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await replay.json()).toEqual({
        ticket: created.ticket,
        accessToken: created.accessToken,
      });
    } finally {
      await server.close();
    }
  });

  it('accepts dev-<deskId> keys and serves /_mock/* only with --demo', async () => {
    for (const demo of [false, true]) {
      const server = await start(target(), demo);
      try {
        const baseUrl = `${server.url}/api/v1`;
        const queue = await fetch(`${baseUrl}/desk/queue`, {
          headers: { authorization: 'Bearer dev-opin' },
        });
        expect(queue.status).toBe(demo ? 200 : 401);
        const stats = await fetch(`${baseUrl}/_mock/stats`);
        expect(stats.status).toBe(demo ? 200 : 404);
        if (demo) {
          const reset = await fetch(`${baseUrl}/_mock/reset`, { method: 'POST' });
          expect(reset.status).toBe(204);
          expect(await (await fetch(`${baseUrl}/_mock/stats`)).json()).toMatchObject({
            tickets: 0,
          });
        }
      } finally {
        await server.close();
      }
    }
  });

  it('applies what became due with no request coming: an unanswered hand-off returns, and the learner’s stream shows it', async () => {
    // Acknowledgement window 0: a hand-off is due the moment it is asked; only the loop applies it.
    const server = await start(target(), true, {
      api: { ackWindowMinutes: 0 },
      clockIntervalMs: 100,
    });
    try {
      const baseUrl = `${server.url}/api/v1`;
      const created = await createSupportClient({ baseUrl }).createTicket(request);
      const access = { id: created.ticket.id, accessToken: created.accessToken };
      const stream = createSupportClient({ baseUrl }).watchTicket(access)[Symbol.asyncIterator]();
      const first = await stream.next();
      if (first.done === true) throw new Error('the stream ended at once');
      expect(first.value.id).toBe(created.ticket.id);
      const desk = createDeskClient({ baseUrl, deskKey: 'dev-opin' });
      await desk.requestHandoff(created.ticket.id, { to: 'helsinki', mode: 'transfer' });
      // The stream delivers the request, then (no request in between) its return.
      for (;;) {
        const next = await stream.next();
        if (next.done === true) throw new Error('the stream ended before the hand-off returned');
        const ticket: Ticket = next.value;
        const returned = ticket.timeline.find((event) => event.type === 'handoff_returned');
        if (returned) {
          expect(returned.reason).toBe('expired');
          break;
        }
      }
      await stream.return?.();
    } finally {
      await server.close();
    }
  });

  it('streams a desk’s events across a restart: resumed with its Last-Event-ID, none lost or repeated', async () => {
    const opened = await openStorage(target(), silentLog);
    const { key } = await createDeskKey(opened.db, 'opin');
    await opened.close();
    const received: DeskEvent[] = [];
    const filed: string[] = [];
    /** Real I/O under load: wait for what the stream delivers, with a ceiling far above it. */
    const until = (count: number) =>
      vi.waitFor(() => expect(received.length).toBeGreaterThanOrEqual(count), {
        timeout: 60_000,
        interval: 20,
      });
    const fileOne = async (baseUrl: string) => {
      const { ticket } = await createSupportClient({ baseUrl }).createTicket(request);
      filed.push(ticket.id);
    };

    let server = await start(target(), false);
    let lastEventId: string | undefined;
    try {
      const baseUrl = `${server.url}/api/v1`;
      const watch = createDeskClient({ baseUrl, deskKey: key }).watchEvents((event) => {
        received.push(event);
      });
      // Without a Last-Event-ID the stream starts now: its ready frame names where.
      await vi.waitFor(() => expect(watch.lastEventId).toBeDefined(), { timeout: 60_000 });
      for (let i = 0; i < 3; i++) await fileOne(baseUrl);
      await until(3);
      watch.stop();
      await watch.done;
      lastEventId = watch.lastEventId;
      // Two more while no one watches.
      for (let i = 0; i < 2; i++) await fileOne(baseUrl);
    } finally {
      await server.close();
    }

    server = await start(target(), false);
    try {
      const baseUrl = `${server.url}/api/v1`;
      const watch = createDeskClient({ baseUrl, deskKey: key }).watchEvents(
        (event) => {
          received.push(event);
        },
        { lastEventId },
      );
      await until(5);
      await fileOne(baseUrl);
      await until(6);
      watch.stop();
      await watch.done;
    } finally {
      await server.close();
    }

    expect(received.map((event) => event.type)).toEqual(Array(6).fill('ticket.received'));
    expect(received.map((event) => event.ticketId)).toEqual(filed);
    const first = received[0]?.seq ?? 0;
    expect(received.map((event) => event.seq)).toEqual([0, 1, 2, 3, 4, 5].map((i) => first + i));
    expect(
      received.every((event) => event.desk === 'opin' && event.id === `opin:${event.seq}`),
    ).toBe(true);
  });
}
