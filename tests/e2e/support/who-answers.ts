/**
 * The who-answers card, one answer everywhere (issue 17): the preview, the confirmation, the ticket
 * view and the confirmation e-mail must say who answers, in which language and by when in the same
 * words. The use-case tests read the card on each screen and compare it here with the e-mail.
 * @internal
 */
import { expect } from 'vitest';
import type { LearnerWidget, TicketForm } from '@opin/tools/learner-widget';
import type { E2E } from './e2e-suite.js';

/**
 * Moves the mock's clock to just after a whole hour. A due time is a whole hour (the response target
 * after filing, rounded up), so the time the preview promises is the ticket's too unless an hour
 * turns between the two; from here the test has most of an hour before the next one does.
 */
export async function startOfAnHour(e2e: E2E): Promise<void> {
  const { now } = await e2e.mock.clock();
  await e2e.mock.advanceClock(60 - new Date(now).getUTCMinutes());
}

/**
 * The confirmation e-mail of ticket `id` says what `card` (the card's sentences on screen) says,
 * word for word: its paragraph about who answers is the card's sentences, one after the other.
 */
export async function expectConfirmationSays(e2e: E2E, id: string, card: string[]): Promise<void> {
  const mails = await e2e.mock.outbox();
  const confirmation = mails.find((mail) => mail.ticketId === id);
  expect(confirmation, `no confirmation e-mail for ${id}`).toBeDefined();
  expect(confirmation?.body.split('\n\n')).toContain(card.join(' '));
}

/**
 * From the topic step, once its preview shows: writes to support with `form`, sends it and opens
 * the live ticket view, proving on the way that the card says the same in the topic's preview,
 * the form's, the confirmation, the ticket view and the confirmation e-mail. Returns the ticket's
 * reference and the card's sentences.
 */
export async function fileWithOneAnswer(
  e2e: E2E,
  learner: LearnerWidget,
  form: TicketForm,
): Promise<{ id: string; card: string[] }> {
  await expect.poll(() => learner.planCard('topic')).toHaveLength(2);
  const card = await learner.planCard('topic');
  await learner.writeToSupport();
  await learner.fillForm(form);
  await expect.poll(() => learner.planCard('form')).toEqual(card);
  const id = await learner.send();
  expect(await learner.planCard('sent')).toEqual(card);
  await learner.followTicket(id);
  await expect.poll(() => learner.planCard('ticket')).toEqual(card);
  await expectConfirmationSays(e2e, id, card);
  return { id, card };
}

/** The card's due sentence in each language, with any day and whole hour. */
export const dueIn = {
  fi: /^Voit odottaa vastausta viimeistään [a-z]+na \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.00 \(Suomen aikaa\)\.$/,
  sv: /^Du kan räkna med ett svar senast [a-zåäö]+dag \d{1,2}\.\d{1,2}\.\d{4} kl\. \d{1,2}\.00 \(finsk tid\)\.$/,
  en: /^You can expect an answer by [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:00 \(Finnish time\)\.$/,
} as const;
