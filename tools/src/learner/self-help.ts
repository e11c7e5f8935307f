/**
 * Page object of the widget's self-help, in the learner's UI language: the start step's article
 * search, a topic's "These may help" articles and the article step with "Did this solve it?". It
 * works on the same `<opin-support>` as {@link LearnerWidget}, which takes over for the ticket form.
 * @internal
 */
import type { Locator } from 'playwright-core';
import type { LearnerWidget } from './learner-widget.js';

/** Search, suggested articles and reading one, as the learner sees them. */
export class SelfHelp {
  readonly #learner: LearnerWidget;

  constructor(learner: LearnerWidget) {
    this.#learner = learner;
  }

  /** Types `query` into the start step's search and returns the found articles' titles. */
  async search(query: string): Promise<string[]> {
    const words = this.#learner.words;
    const start = this.#step('start');
    await start.getByLabel(words.search, { exact: true }).fill(query);
    const results = start.getByRole('region', { name: words.searchResults });
    await results.getByRole('listitem').first().waitFor();
    return this.#titles(results);
  }

  /** The titles of the topic step's "These may help" articles, once they are shown. */
  async suggestions(): Promise<string[]> {
    const topic = this.#step('topic');
    const name = this.#learner.words.suggestions;
    await topic.getByRole('heading', { level: 3, name }).waitFor();
    return this.#titles(topic);
  }

  /** Opens an article listed on the current step by its title; waits for its heading. */
  async openArticle(title: string): Promise<void> {
    await this.#learner.host.getByRole('button', { name: title }).first().click();
    await this.#step('article').getByRole('heading', { level: 2, name: title }).waitFor();
  }

  /** The open article's paragraphs. */
  async articleParagraphs(): Promise<string[]> {
    return this.#step('article').locator('article p').allInnerTexts();
  }

  /** The open article's links as `label → url`. */
  async articleLinks(): Promise<string[]> {
    return this.#step('article')
      .locator('article a')
      .evaluateAll((links) =>
        links.map((link) => `${link.textContent.trim()} → ${link.getAttribute('href') ?? ''}`),
      );
  }

  /** "No, I still need help": on to the ticket form (or the topic step to pick an institution). */
  async stillNeedHelp(): Promise<void> {
    const words = this.#learner.words;
    const article = this.#step('article');
    await article.getByRole('group', { name: words.solvedQuestion }).waitFor();
    await article.getByRole('button', { name: words.stillNeedHelp }).click();
  }

  /** The article titles in the lists of `scope` (the first line of each choice). */
  #titles(scope: Locator): Promise<string[]> {
    return scope.locator('li button.choice > span:first-child').allInnerTexts();
  }

  #step(name: 'start' | 'topic' | 'article'): Locator {
    return this.#learner.step(name);
  }
}
