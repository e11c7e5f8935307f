/**
 * The desk console shows when each ticket's answer is due (the ticket's `plan.expectedBy`), in the
 * queue and in the ticket's details, and says "overdue" once the console's clock has passed it
 * while the answering desk has not written to the learner (issue 17). The console's now is the
 * browser's clock plus the mock server clock's offset (none here); the browser's is moved here
 * with Playwright's clock: no waiting on real time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';

const e2e = useE2E();

/** `iso` as the console writes times: in the browser's zone, named (`2026-11-25 14:00 EET`). */
function consoleTime(page: Page, iso: string): Promise<string> {
  return page.evaluate((instant) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).formatToParts(new Date(instant));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
  }, iso);
}

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
    const desk = await e2e.openConsole('opin');
    const due = await consoleTime(desk.page, ticket.plan.expectedBy);
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
