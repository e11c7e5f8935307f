/**
 * Webhooks end to end on the server (docs/design/realtime.md, "Webhooks"; issue 20, "Proven"): a
 * learner files a ticket, the change queues its desk event, and the server posts it, signed, to
 * the desk's receiver on loopback. A receiver answering 500 three times gets the event on the
 * fourth try, the same event id and bytes each time, and the receiver's check with the SDK passes;
 * a receiver that never answers does not hold up another desk's delivery; a server stopped while a
 * receiver holds the request delivers the event after it starts again. Everything waits on what
 * the receivers see, under generous ceilings; the retry schedule is shortened, never raced.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConfig } from '@opin/support-domain';
import { createSupportClient, type CreateTicketRequest } from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import { verifyWebhookSignature } from '@opin/support-sdk/webhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebhookTarget } from '../src/delivery/webhook-target.js';
import { startSupportServer, type SupportServer } from '../src/server.js';
import { processTestCeilingMs } from './support/cli-process.js';
import { silentLog } from './support/silent-log.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

const opinSecret = 'opin-webhook-secret-0123456789abcdef';
const helsinkiSecret = 'helsinki-webhook-secret-0123456789ab';

/** Filed at `origin`'s portal: that desk receives it. */
function ticketAt(origin: string): CreateTicketRequest {
  return {
    topicId: 'credits-and-grades',
    institutionId: 'helsinki',
    origin,
    language: 'fi',
    subject: 'Opintopisteeni eivät näy',
    description: 'Keväällä suorittamani kurssi ei näy suorituksissani.',
    contact: { email: 'opiskelija@example.fi', name: 'Olli Opiskelija' },
  };
}

function target(desk: string, receiver: WebhookReceiver, secret: string): WebhookTarget {
  return {
    desk,
    url: new URL(`${receiver.url}/hooks/${desk}`),
    secrets: [secret],
    events: undefined,
    // The receivers listen on loopback, which a real config opens only for the demo.
    addresses: { allowPrivateNetwork: true, allowLoopback: true },
  };
}

/** Waits for what real I/O delivers, with a ceiling far above it. */
const eventually = (check: () => void | Promise<void>) => vi.waitFor(check, { timeout: 60_000, interval: 20 });

describe('webhooks end to end (PGlite)', { timeout: processTestCeilingMs }, () => {
  let dataDir = '';
  const receivers: WebhookReceiver[] = [];
  const held: ServerResponse[] = [];
  let server: SupportServer | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'opin-webhooks-'));
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    for (const response of held.splice(0)) response.destroy();
    await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function start(targets: WebhookTarget[]): Promise<SupportServer> {
    const started = await startSupportServer({
      port: 0,
      host: '127.0.0.1',
      database: { kind: 'embedded', dataDir },
      config: demoConfig,
      demo: true,
      logger: silentLog,
      webhooks: targets,
      webhookDelivery: {
        intervalMs: 50,
        retry: { firstRetryMs: 20, longestWaitMs: 100, giveUpAfterMs: 10 * 60_000 },
      },
    });
    await started.ready;
    return started;
  }

  it('retries a failing receiver until it takes the event, once by id, while another desk’s receiver hangs', async () => {
    // Helsinki's receiver never answers; Opin.fi's answers 500 three times, then 204.
    const hanging = await startWebhookReceiver((_, response) => held.push(response));
    let opinCalls = 0;
    const failing = await startWebhookReceiver((_, response) => {
      opinCalls += 1;
      response.writeHead(opinCalls <= 3 ? 500 : 204).end();
    });
    receivers.push(hanging, failing);
    server = await start([
      target('helsinki', hanging, helsinkiSecret),
      target('opin', failing, opinSecret),
    ]);
    const baseUrl = `${server.url}/api/v1`;
    const learner = createSupportClient({ baseUrl });

    // Helsinki's event first: its attempt hangs while Opin.fi's is delivered.
    const atHelsinki = await learner.createTicket(ticketAt('helsinki'));
    await eventually(() => expect(hanging.received).toHaveLength(1));
    const atOpin = await learner.createTicket(ticketAt('opin'));
    await eventually(() => expect(failing.received).toHaveLength(4));
    expect(held.every((response) => !response.writableEnded)).toBe(true);

    const bodies = failing.received.map((request) => request.body.toString('utf8'));
    expect(new Set(bodies).size).toBe(1);
    expect(failing.received.map((request) => request.headers['opin-delivery-attempt'])).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    const eventIds = new Set(failing.received.map((request) => request.headers['opin-event-id']));
    expect(eventIds.size).toBe(1);
    for (const request of failing.received) {
      const event = await verifyWebhookSignature(
        opinSecret,
        request.body,
        String(request.headers['opin-signature']),
      );
      expect(event).toMatchObject({
        type: 'ticket.received',
        desk: 'opin',
        ticketId: atOpin.ticket.id,
      });
      expect(request.headers['opin-event-id']).toBe(event.id);
    }
    // Signed with Opin.fi's secret, not another desk's.
    const [first] = failing.received;
    await expect(
      verifyWebhookSignature(
        helsinkiSecret,
        first?.body ?? '',
        String(first?.headers['opin-signature']),
      ),
    ).rejects.toMatchObject({ code: 'mismatch' });

    // The desk's delivery log says so, without bodies.
    const desk = createDeskClient({ baseUrl, deskKey: 'dev-opin' });
    await eventually(async () => {
      const { deliveries } = await desk.listWebhookDeliveries();
      expect(deliveries).toMatchObject([
        {
          eventType: 'ticket.received',
          ticketId: atOpin.ticket.id,
          state: 'delivered',
          attempts: 4,
        },
      ]);
    });
    // Helsinki's event was posted to Helsinki only, and its delivery is still pending.
    const hangingEvent = await verifyWebhookSignature(
      helsinkiSecret,
      hanging.received[0]?.body ?? '',
      String(hanging.received[0]?.headers['opin-signature']),
    );
    expect(hangingEvent).toMatchObject({ desk: 'helsinki', ticketId: atHelsinki.ticket.id });
    expect(opinCalls).toBe(4);
  });

  it('delivers after a restart what a receiver was holding when the server stopped, with the same event id', async () => {
    let answering = false;
    const receiver = await startWebhookReceiver((_, response) => {
      if (answering) response.writeHead(204).end();
      else held.push(response);
    });
    receivers.push(receiver);
    server = await start([target('opin', receiver, opinSecret)]);
    const learner = createSupportClient({ baseUrl: `${server.url}/api/v1` });
    const filed = await learner.createTicket(ticketAt('opin'));
    await eventually(() => expect(receiver.received).toHaveLength(1));
    const eventId = receiver.received[0]?.headers['opin-event-id'];

    // Stopped mid-delivery: the receiver still holds the request.
    await server.close();
    server = undefined;
    answering = true;
    server = await start([target('opin', receiver, opinSecret)]);
    await eventually(() => {
      const delivered = receiver.received.filter(
        (request) => request.headers['opin-event-id'] === eventId,
      );
      expect(delivered.length).toBeGreaterThanOrEqual(2);
    });
    const last = receiver.received.at(-1);
    const event = await verifyWebhookSignature(
      opinSecret,
      last?.body ?? '',
      String(last?.headers['opin-signature']),
    );
    expect(event).toMatchObject({
      id: eventId,
      type: 'ticket.received',
      ticketId: filed.ticket.id,
    });
    const desk = createDeskClient({ baseUrl: `${server.url}/api/v1`, deskKey: 'dev-opin' });
    await eventually(async () => {
      const { deliveries } = await desk.listWebhookDeliveries({ ticketId: filed.ticket.id });
      expect(deliveries).toMatchObject([{ state: 'delivered' }]);
    });
  });
});
