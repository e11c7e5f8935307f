/**
 * A real-time desk follows its event stream (`GET /desk/events`, the SDK's `watchEvents`): a
 * learner's new ticket shows in the queue and in the push log without a poll, and the console
 * polls only when the stream cannot be opened. An e-mail desk is polled (its mail has no events).
 * The webhook panel lists what `pnpm demo`'s receiver verified.
 */
import { assert, expect } from '@open-wc/testing';
import { DeskConsoleApp } from '../../src/components/desk-console-app.js';
import { fileTicket, mountConsole, queueEntry, resetConsole } from './support/console-page.js';
import { spyOnFetch, type FetchSpy } from './support/fetch-spy.js';
import { waitFor } from './support/wait.js';

const text = (element: Element | null | undefined) =>
  element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** The console's polling interval in these tests: short, so that a poll would show soon. */
const refreshMs = 200;

const feedMode = (app: Element) =>
  app.querySelector<HTMLElement>('.feed-status')?.dataset['mode'] ?? 'none';

/** Resolves once `count()` has not changed for ten polling intervals. */
async function settled(count: () => number): Promise<number> {
  let last = count();
  let since = performance.now();
  return waitFor(() => {
    const now = count();
    if (now !== last) [last, since] = [now, performance.now()];
    return performance.now() - since > 10 * refreshMs ? { now } : undefined;
  }, 'the requests to stop').then(({ now }) => now);
}

describe('a real-time desk fed by its event stream', () => {
  const defaultRefreshMs = DeskConsoleApp.refreshMs;
  let spy: FetchSpy | undefined;

  beforeEach(async () => {
    await resetConsole();
    DeskConsoleApp.refreshMs = refreshMs;
  });
  afterEach(async () => {
    spy?.restore();
    spy = undefined;
    DeskConsoleApp.refreshMs = defaultRefreshMs;
    await resetConsole();
  });

  it('shows a new ticket from a push, without polling the queue', async () => {
    spy = spyOnFetch();
    const app = await mountConsole('opin');
    await waitFor(() => feedMode(app) === 'live', 'the live indicator');
    assert.include(text(app.querySelector('.feed-status')), 'Live: the desk');
    // The first read and the catch-up once the stream opened; then nothing, however many
    // polling intervals pass.
    const before = await settled(() => spy?.count('/desk/queue') ?? 0);

    const id = await fileTicket({ subject: 'Pushed, not polled' });
    await queueEntry(app, id);
    const log = await waitFor(() => app.querySelector('.push-log'), 'the push log');
    assert.match(
      text(log.querySelector('li')),
      new RegExp(`^Push: ticket\\.received ${id} \\(seq \\d+\\),`),
    );
    // One read of the queue for the one push, and no poll after it.
    assert.equal(await settled(() => spy?.count('/desk/queue') ?? 0), before + 1);
    assert.equal(feedMode(app), 'live');
    await expect(app.querySelector('.queue-pane')).to.be.accessible();
  });

  it('polls when the stream cannot be opened', async () => {
    // An API without the stream.
    spy = spyOnFetch((url) =>
      url.pathname.endsWith('/desk/events')
        ? Response.json({ error: { code: 'not_found', message: 'No such path.' } }, { status: 404 })
        : undefined,
    );
    const app = await mountConsole('opin');
    await waitFor(() => feedMode(app) === 'polling', 'the polling notice');
    assert.include(
      text(app.querySelector('.feed-status')),
      'No event stream: refreshes every 0.2 s',
    );
    const id = await fileTicket({ subject: 'Polled' });
    await queueEntry(app, id);
    assert.isNull(app.querySelector('.push-log'));
    const polls = spy.count('/desk/queue');
    await waitFor(() => (spy?.count('/desk/queue') ?? 0) > polls + 2, 'more polls');
  });

  it('polls an e-mail desk, whose mail has no events', async () => {
    spy = spyOnFetch();
    const app = await mountConsole('tampere');
    assert.equal(feedMode(app), 'off');
    assert.include(text(app.querySelector('.feed-status')), 'Refreshes every 0.2 s');
    const polls = spy.count('/desk/queue');
    await waitFor(() => (spy?.count('/desk/queue') ?? 0) > polls + 2, 'more polls');
    assert.equal(spy.count('/desk/events'), 0);
  });

  it("lists the pushes pnpm demo's webhook receiver verified", async () => {
    const receiver = `${location.origin}/test-webhook-receiver`;
    const push = {
      receivedAt: new Date().toISOString(),
      deliveryId: 'delivery-1',
      attempt: 2,
      event: {
        id: 'opin:3',
        seq: 3,
        type: 'handoff.offered',
        at: new Date().toISOString(),
        desk: 'opin',
        ticketId: 'OPIN-482019375568',
        version: 2,
        data: {},
      },
    };
    spy = spyOnFetch((url) =>
      url.href === `${receiver}/webhooks` ? Response.json({ webhooks: [push] }) : undefined,
    );
    const app = await mountConsole('opin', undefined, receiver);
    const panel = await waitFor(
      () => app.querySelector('dc-webhook-pushes .webhook-pushes'),
      'the received pushes',
    );
    assert.match(
      text(panel.querySelector('li')),
      /^handoff\.offered OPIN-482019375568 \(seq 3\) for opin, .+, attempt 2$/,
    );
    assert.include(text(app.querySelector('.api')), `webhook receiver ${receiver}`);
    await expect(app.querySelector('.webhook-pane')).to.be.accessible();
  });
});
