/**
 * `pnpm demo`'s push, end to end: a learner files a ticket that Opin.fi support answers itself;
 * the desk console playing Opin.fi support, which follows its event stream and does not poll,
 * shows the ticket and the push at once.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';

const e2e = useE2E();

describe("pnpm demo's real-time desk", () => {
  it('a Finnish sign-in problem is pushed to the console by the event stream', async () => {
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
  });
});
