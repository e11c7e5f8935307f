/**
 * Plays one learner's journey through `<opin-support>` in launcher mode — start, topic with the
 * routing preview, an article, the form with a validation message, sent, the ticket — with the
 * learner's page object (tools/src/learner, shared with the end-to-end tests), and captures each
 * step. What is captured where, and how the dialog is scrolled for it, is this script's own.
 * @internal
 */
import type { Locator } from 'playwright-core';
import type { LearnerWidget } from '@opin/tools/learner-widget';
import { SelfHelp } from '@opin/tools/self-help';
import type { Scenario } from './scenarios.js';

/** Saves a screenshot of the current view as `<step>-<locale>.png`. */
export type Capture = (step: string) => Promise<void>;

/** What the journey needs besides the widget and the scenario. */
export interface JourneyOptions {
  /** The title of `scenario.topicId` in the scenario's language (from `GET /topics`). */
  topicTitle: string;
  capture: Capture;
  /** Runs once the ticket is sent, before the learner opens it: the desks' side. */
  afterSent: (ticketId: string) => Promise<void>;
}

/** Plays the journey on a portal page that is already open; returns the ticket's reference. */
export async function playLearnerJourney(
  learner: LearnerWidget,
  scenario: Scenario,
  options: JourneyOptions,
): Promise<string> {
  const selfHelp = new SelfHelp(learner);
  await learner.open(scenario.locale);
  await learner.waitForTopic(options.topicTitle);
  await options.capture('start');

  if (scenario.article.search !== undefined) {
    await selfHelp.search(scenario.article.search);
    await selfHelp.openArticle(scenario.article.title);
    await options.capture('article');
    await learner.back();
  }

  await learner.chooseTopic(options.topicTitle);
  await learner.chooseInstitutionById(scenario.institutionId);
  await selfHelp.suggestions();
  const routing = await learner.waitForTopicPreview(learner.words.answerDue);
  await scrollIntoView(routing, 'center');
  await options.capture('topic');

  if (scenario.article.search === undefined) {
    await selfHelp.openArticle(scenario.article.title);
    await options.capture('article');
    await selfHelp.stillNeedHelp();
  } else {
    await learner.writeToSupport();
  }

  await learner.fillForm({
    subject: scenario.subject,
    description: scenario.description,
    email: scenario.learner.invalidEmail,
    name: scenario.learner.name,
  });
  await learner.sendRefused('email');
  await scrollIntoView(learner.formField('email'), 'center');
  await options.capture('form');

  await learner.formField('email').fill(scenario.learner.email);
  const reference = await learner.send();
  if (!/^OPIN-\d+$/.test(reference)) {
    throw new Error(`The sent step shows "${reference}", not a ticket reference.`);
  }
  await options.capture('sent');

  await options.afterSent(reference);
  await learner.followTicket(reference);
  await learner.waitForMessage(scenario.answer);
  const heading = learner.step('ticket').getByRole('heading', {
    level: 2,
    name: learner.words.ticketHeading(reference),
  });
  await scrollIntoView(heading, 'start');
  await options.capture('ticket');
  return reference;
}

/** Scrolls the dialog so that `target` is at the top or in the middle of its scrolling area. */
async function scrollIntoView(target: Locator, block: ScrollLogicalPosition): Promise<void> {
  await target.evaluate((element, position) => {
    element.scrollIntoView({ block: position });
  }, block);
}
