/**
 * Plays one learner's journey through `<opin-support>` in launcher mode — start, topic with the
 * routing preview, an article, the form with a validation message, sent, the ticket — and captures
 * each step. Controls are found by role and label (Playwright's locators pierce the open shadow
 * roots); every wait is for something visible, never for a fixed time.
 * @internal
 */
import type { Locator, Page } from 'playwright-core';
import type { Scenario } from './scenarios.js';

/** Saves a screenshot of the current view as `<step>-<locale>.png`. */
export type Capture = (step: string) => Promise<void>;

/** What the journey needs besides the page and the scenario. */
export interface JourneyOptions {
  /** The title of `scenario.topicId` in the scenario's language (from `GET /topics`). */
  topicTitle: string;
  capture: Capture;
  /** Runs once the ticket is sent, before the learner opens it: the desks' side. */
  afterSent: (ticketId: string) => Promise<void>;
}

/** Plays the journey on a portal page that is already open; returns the ticket's reference. */
export async function playLearnerJourney(
  page: Page,
  scenario: Scenario,
  options: JourneyOptions,
): Promise<string> {
  const labels = scenario.labels;
  const dialog = page.getByRole('dialog');

  await page.getByRole('button', { name: labels.launcher }).click();
  const topic = dialog.getByRole('button', { name: options.topicTitle });
  await topic.waitFor();
  await options.capture('start');

  if (scenario.article.search !== undefined) {
    await dialog.getByLabel(labels.search).fill(scenario.article.search);
    await showArticle(dialog, scenario, options.capture);
    await dialog.getByRole('button', { name: labels.back }).click();
  }

  await topic.click();
  await dialog.getByLabel(labels.institution).selectOption(scenario.institutionId);
  await dialog.getByRole('heading', { name: labels.mayHelp }).waitFor();
  const routing = dialog.getByText(labels.institutionHandles);
  await routing.waitFor();
  await scrollIntoView(routing, 'center');
  await options.capture('topic');

  if (scenario.article.search === undefined) {
    await showArticle(dialog, scenario, options.capture);
    await dialog.getByRole('button', { name: labels.stillNeedHelp }).click();
  } else {
    await dialog.getByRole('button', { name: labels.writeToSupport }).click();
  }

  const email = dialog.getByLabel(labels.email);
  await dialog.getByLabel(labels.subject).fill(scenario.subject);
  await dialog.getByLabel(labels.description).fill(scenario.description);
  await email.fill(scenario.learner.invalidEmail);
  await dialog.getByLabel(labels.name).fill(scenario.learner.name);
  const send = dialog.getByRole('button', { name: labels.send });
  await send.click();
  await email.and(dialog.locator('[aria-invalid="true"]')).waitFor();
  await scrollIntoView(email, 'center');
  await options.capture('form');

  await email.fill(scenario.learner.email);
  await send.click();
  await dialog.getByRole('heading', { name: labels.sent }).waitFor();
  const reference = (await dialog.getByText(/^OPIN-\d+$/).textContent())?.trim() ?? '';
  if (reference === '') throw new Error('The sent step shows no ticket reference.');
  await options.capture('sent');

  await options.afterSent(reference);
  await dialog.getByRole('button', { name: labels.follow }).click();
  await dialog.getByText(scenario.answer).waitFor();
  await scrollIntoView(dialog.getByRole('heading', { name: reference }), 'start');
  await options.capture('ticket');
  return reference;
}

/** Opens the scenario's article from the list in view (search results or the topic's articles). */
async function showArticle(dialog: Locator, scenario: Scenario, capture: Capture): Promise<void> {
  await dialog.getByRole('button', { name: scenario.article.title }).click();
  await dialog.getByRole('heading', { name: scenario.article.title }).waitFor();
  await capture('article');
}

/** Scrolls the dialog so that `target` is at the top or in the middle of its scrolling area. */
async function scrollIntoView(target: Locator, block: ScrollLogicalPosition): Promise<void> {
  await target.evaluate((element, position) => {
    element.scrollIntoView({ block: position });
  }, block);
}
