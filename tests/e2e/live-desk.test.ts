/**
 * `pnpm demo`'s push, end to end: a learner files a ticket that Opin.fi support answers itself;
 * the desk console playing Opin.fi support, which follows its event stream and does not poll,
 * shows the ticket and the push at once, and the demo's webhook receiver shows the same event,
 * signed by the support server and verified with the demo's secret.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';

const e2e = useE2E();

describe("pnpm demo's real-time desk and webhook", () => {
  it('a Finnish sign-in problem is pushed to the console by the stream and to the webhook receiver', async () => {
    const desk = await e2e.openConsole('opin', { webhookReceiver: true });
    await expect.poll(() => desk.feedMode()).toBe('live');

    const learner = await e2e.openPortal('portal-opin/index.html');
    await learner.open('fi');
    await learner.chooseTopic('En pääse kirjautumaan Opin.fi-palveluun');
    const id = await learner.fileAndFollow({
      subject: 'Kirjautuminen ei onnistu',
      description: 'Suomi.fi-tunnistuksen jälkeen palaan aina etusivulle kirjautumattomana.',
      email: 'aino.oppija@example.fi',
    });

    const pushed = new RegExp(`^Push: ticket\\.received ${id} \\(seq \\d+\\)$`);
    await expect.poll(() => desk.pushes()).toContainEqual(expect.stringMatching(pushed));
    await expect.poll(() => desk.queueEntry(id).count()).toBe(1);
    expect(await desk.feedMode()).toBe('live');

    // The server delivers webhooks at once (every 2 s at the latest); the panel reads the receiver
    // every 2 s.
    const received = new RegExp(`^ticket\\.received ${id} \\(seq \\d+\\) for opin$`);
    await expect
      .poll(() => desk.webhookPushes(), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(received));
  });
});
