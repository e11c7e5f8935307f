/**
 * Live across instances (issue 18): two servers on one PostgreSQL schema serve one set of tickets.
 * A learner's stream on one instance shows what a desk did through the other; a stream resumed
 * with `Last-Event-ID` on a restarted instance gets what it missed while that instance was down;
 * and with both instances' clock loops running, a due hand-off returns once.
 */
import { Writable } from 'node:stream';
import { demoConfig } from '@opin/support-domain';
import {
  createSupportClient,
  type CreateTicketRequest,
  type Ticket,
  type TicketAccess,
} from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { createLogger } from '../src/log/logger.js';
import {
  startSupportServer,
  type SupportServer,
  type SupportServerOptions,
} from '../src/server.js';
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';
import { openEventStream, type SseFrame } from './support/sse-reader.js';

const request: CreateTicketRequest = {
  topicId: 'credits-and-grades',
  institutionId: 'helsinki',
  // Filed on Opin.fi: the Opin.fi desk owns it and may hand it off to the institution.
  origin: 'opin',
  language: 'fi',
  subject: 'Opintopisteeni eivät näy',
  description: 'Keväällä suorittamani kurssi ei näy suorituksissani.',
  contact: { email: 'opiskelija@example.fi', name: 'Olli Opiskelija' },
};

/** A reply from the Opin.fi desk to the learner. */
function reply(body: string) {
  return { body, language: 'fi', visibility: 'learner' } as const;
}

describeOnPostgres('two server instances on one database', () => {
  const url = useFreshSchema();
  /** Servers still running, closed after each test whatever happened. */
  const running = new Set<SupportServer>();
  /** Lines the servers logged at level warn or above: none is expected. */
  const warnings: string[] = [];
  const log = createLogger(
    'warn',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        warnings.push(chunk.toString());
        done();
      },
    }),
  );

  async function start(
    more: Pick<SupportServerOptions, 'api' | 'clockIntervalMs'> = {},
  ): Promise<SupportServer> {
    const server = await startSupportServer({
      port: 0,
      host: '127.0.0.1',
      database: { kind: 'postgres', url: url() },
      config: demoConfig,
      demo: true,
      logger: log,
      ...more,
    });
    running.add(server);
    await server.ready;
    return server;
  }

  async function stop(server: SupportServer): Promise<void> {
    running.delete(server);
    await server.close();
  }

  afterEach(async () => {
    await Promise.all([...running].map((server) => stop(server)));
    expect(warnings).toEqual([]);
    warnings.length = 0;
  });

  const api = (server: SupportServer) => `${server.url}/api/v1`;
  const desk = (server: SupportServer) =>
    createDeskClient({ baseUrl: api(server), deskKey: 'dev-opin' });

  /** Files a ticket through `server`; returns the learner's access. */
  async function file(server: SupportServer): Promise<TicketAccess> {
    const created = await createSupportClient({ baseUrl: api(server) }).createTicket(request);
    return { id: created.ticket.id, accessToken: created.accessToken };
  }

  /** The learner's SDK stream of the ticket on `server`, started: its first ticket is read. */
  async function watch(server: SupportServer, access: TicketAccess) {
    const updates = createSupportClient({ baseUrl: api(server) }).watchTicket(access);
    const stream = updates[Symbol.asyncIterator]();
    const first = await stream.next();
    if (first.done === true) throw new Error('the stream ended at once');
    return {
      first: first.value,
      /** The first ticket the stream delivers that passes `test`. */
      async until(test: (ticket: Ticket) => boolean): Promise<Ticket> {
        for (;;) {
          const next = await stream.next();
          if (next.done === true) throw new Error('the stream ended before the awaited ticket');
          if (test(next.value)) return next.value;
        }
      },
      stop: async () => {
        await stream.return?.();
      },
    };
  }

  const says = (body: string) => (ticket: Ticket) =>
    ticket.messages.some((message) => message.body === body);

  it('shows on a stream on one instance what the desk did through the other', async () => {
    const a = await start();
    const b = await start();
    const access = await file(a);
    const onB = await watch(b, access);
    expect(onB.first.id).toBe(access.id);
    expect(onB.first.messages).toEqual([]);

    const body = 'Hei! Tarkistamme asian oppilaitoksestasi.';
    const sent = await desk(a).sendMessage(access.id, reply(body));
    const seen = await onB.until(says(body));
    expect(seen.version).toBe(sent.version);
    expect(seen.messages).toEqual([
      expect.objectContaining({ body, author: { kind: 'desk', desk: 'opin' } }),
    ]);
    await onB.stop();

    const onA = await watch(a, access);
    expect(onA.first.version).toBe(sent.version);
    const handedOff = await desk(b).requestHandoff(access.id, { to: 'helsinki', mode: 'transfer' });
    const pending = await onA.until((ticket) => ticket.handoff?.state === 'pending');
    expect(pending.version).toBe(handedOff.version);
    expect(pending.handoff).toMatchObject({ from: 'opin', to: 'helsinki', mode: 'transfer' });
    expect(pending.timeline.map((event) => event.type)).toContain('handoff_requested');
    await onA.stop();
  });

  it('resumes a stream on a restarted instance with what was missed while it was down', async () => {
    let a = await start();
    const b = await start();
    const access = await file(a);
    const first = await desk(b).sendMessage(access.id, reply('Ensimmäinen vastaus.'));

    const before = await openEventStream(api(a), access);
    const current = await before.nextFrame();
    expect(current).toMatchObject({ event: 'ticket', id: String(first.version) });
    const lastId = current?.id ?? '';
    // Closing A ends its streams: the learner would reconnect elsewhere, or here once A is back.
    const [ended] = await Promise.all([before.nextFrame(), stop(a)]);
    expect(ended).toBeUndefined();

    const missed = 'Tämä vastaus tuli, kun palvelin oli poissa.';
    const sent = await desk(b).sendMessage(access.id, reply(missed));
    expect(sent.version).toBe(first.version + 1);

    a = await start();
    const resumed = await openEventStream(api(a), access, lastId);
    // The contract: first the current ticket, whole, since Last-Event-ID names an older version.
    const frame: SseFrame | undefined = await resumed.nextFrame();
    expect(frame?.event).toBe('ticket');
    expect(frame?.id).toBe(String(sent.version));
    const ticket = JSON.parse(frame?.data ?? 'null') as Ticket;
    expect(ticket).toEqual(await createSupportClient({ baseUrl: api(b) }).getTicket(access));
    expect(ticket.messages.map((message) => message.body)).toEqual([
      'Ensimmäinen vastaus.',
      missed,
    ]);
    // Then one frame per change, in order: the next reply, through B again.
    const later = await desk(b).sendMessage(access.id, reply('Vielä yksi vastaus.'));
    expect(await resumed.nextFrame()).toMatchObject({ event: 'ticket', id: String(later.version) });
    await resumed.cancel();

    // A Last-Event-ID that names the current version: nothing until the next change.
    const upToDate = await openEventStream(api(a), access, String(later.version));
    const next = await desk(b).sendMessage(access.id, reply('Ja viimeinen.'));
    const after = await upToDate.nextFrame();
    expect(after).toMatchObject({ event: 'ticket', id: String(next.version) });
    expect(says('Ja viimeinen.')(JSON.parse(after?.data ?? 'null') as Ticket)).toBe(true);
    await upToDate.cancel();
  });

  it('returns a due hand-off once while both instances’ clock loops run', async () => {
    // Acknowledgement window 0: a hand-off is due as soon as it is asked, on both instances.
    const clocked = { api: { ackWindowMinutes: 0 }, clockIntervalMs: 50 } as const;
    const a = await start(clocked);
    const b = await start(clocked);
    /** The instances, taken in turn. */
    const instance = (n: number): SupportServer => (n % 2 === 0 ? a : b);
    const tickets = await Promise.all(
      [0, 1, 2, 3].map(async (n) => {
        const access = await file(instance(n));
        return { access, stream: await watch(instance(n + 1), access) };
      }),
    );
    /** The hand-off returns on a ticket's timeline (learner or desk view). */
    const returnsOf = (ticket: { timeline: readonly { type: string }[] }) =>
      ticket.timeline.filter((event) => event.type === 'handoff_returned');

    const returned = await Promise.all(
      tickets.map(async ({ access, stream }, n) => {
        await desk(instance(n)).requestHandoff(access.id, { to: 'helsinki', mode: 'transfer' });
        // The return, as a stream on the other instance shows it.
        const ticket = await stream.until((seen) => returnsOf(seen).length > 0);
        await stream.stop();
        expect(returnsOf(ticket)).toEqual([expect.objectContaining({ reason: 'expired' })]);
        expect(ticket.handoff).toMatchObject({ to: 'helsinki', state: 'returned' });
        return ticket;
      }),
    );

    // More clock runs on both instances: every request runs the clock before it is answered, and
    // the loops go on meanwhile. Nothing is due any more, so nothing may change.
    for (let turn = 0; turn < 5; turn += 1) {
      for (const server of [a, b]) {
        for (const { access } of tickets) {
          expect(returnsOf(await desk(server).getTicket(access.id))).toHaveLength(1);
        }
      }
      await sleep(100);
    }
    for (const [n, { access }] of tickets.entries()) {
      const ticket = await createSupportClient({ baseUrl: api(instance(n)) }).getTicket(access);
      expect(returnsOf(ticket)).toHaveLength(1);
      // Not changed at all since the stream showed the return.
      expect(ticket.version).toBe(returned[n]?.version);
    }
  });
});
