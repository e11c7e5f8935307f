/**
 * The desk console shows when each ticket's answer is due (the ticket's `plan.expectedBy`), in the
 * queue and in the ticket's details, and says "overdue" once the console's clock has passed it
 * while the answering desk has not written to the learner (issue 17). The console's clock is the
 * browser's, moved here with Playwright's clock: no waiting on real time.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';

const e2e = useE2E();

/** `2026-11-25T12:00:00.000Z` as the console writes times: `2026-11-25 12:00 UTC`. */
const consoleTime = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

describe('The desk console shows when the answer is due', () => {
  it('in the queue and the details, and says it is overdue once the console’s clock passes it', async () => {
    const { ticket } = await e2e.learnerApi.createTicket({
      topicId: 'sign-in',
      origin: 'opin',
      language: 'fi',
      subject: 'En pääse kirjautumaan',
      description: 'Kirjautuminen palaa aina etusivulle.',
      contact: { email: 'aino.oppija@example.fi' },
    });
    const due = consoleTime(ticket.plan.expectedBy);

    const desk = await e2e.openConsole('opin');
    const entry = desk.queueEntry(ticket.id);
    const details = desk.page
      .getByRole('region', { name: 'Ticket details' })
      .locator('.answer-due');
    await expect.poll(() => entry.locator('.due').innerText()).toBe(`Due ${due}`);
    await desk.openTicket(ticket.id);
    await expect
      .poll(() => details.innerText())
      .toBe(`${desk.deskName('opin')} (opin) answers by ${due}`);

    await desk.page.clock.setFixedTime(new Date(Date.parse(ticket.plan.expectedBy) + 60_000));
    await expect.poll(() => entry.locator('.due').innerText()).toBe(`Overdue: due ${due}`);
    await expect
      .poll(() => details.innerText())
      .toBe(`${desk.deskName('opin')} (opin) answers by ${due} — overdue`);

    await desk.writeToLearner('Hei Aino! Kokeile kirjautua toisella selaimella.');
    await expect.poll(() => entry.locator('.due').innerText()).toBe(`Due ${due}`);
    await expect
      .poll(() => details.innerText())
      .toBe(`${desk.deskName('opin')} (opin) answers by ${due}`);
  });
});
