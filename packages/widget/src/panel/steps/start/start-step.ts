/**
 * Step 1, Start: a greeting, the learner's newest ticket first (`latest-ticket.ts`), article search
 * as the learner types, the topics, an unsent draft and the learner's own tickets.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import type { Article, Topic } from '@opin/support-sdk';
import { Loader } from '../../data/load-state.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { renderFallbackContact } from '../../ui/fallback-contact.js';
import { renderLoad } from '../../ui/loading.js';
import type { Step, StepOf } from '../shared/step.js';
import { StepElement } from '../shared/step-element.js';
import { articleInstitution } from '../shared/chosen-institution.js';
import { renderArticleChoice } from '../../ui/article-choice.js';
import { renderLatestTicket, type LatestTicket } from './latest-ticket.js';

const searchDelayMs = 250;

/** The first step: search, topics, drafts and tickets. */
export class StartStep extends StepElement<StepOf<'start'>> {
  static override properties = { ...StepElement.properties, query: { state: true } };

  static override styles = [
    ...StepElement.styles,
    fieldStyles,
    // Search results: a rule at their side, unlike the topics' cards.
    css`
      .results .choice {
        background: none;
        border: 0;
        border-inline-start: 3px solid var(--_accent);
        border-radius: 0;
      }
    `,
  ];

  declare query: string;
  readonly #topics = new Loader<Topic[]>(this);
  readonly #results = new Loader<Article[]>(this);
  readonly #latest = new Loader<LatestTicket | null>(this);
  /** The search the shown results are for. */
  #searched = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.query = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#loadTopics();
    this.#loadLatest();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Back from an article or a topic: the learner's search as they left it.
    if (!this.hasUpdated) this.query = this.step.query ?? '';
    if (changed.has('locale')) {
      this.#loadTopics();
      if (this.query.trim().length >= 2) this.#search();
    }
  }

  #loadTopics(): void {
    void this.#topics
      .run((signal) => this.context.topics(this.locale, signal))
      .then((state) => this.reportLoad(state));
  }

  /**
   * The newest ticket this browser knows, with the desks' names, for the card at the top; no
   * request at all when there is none. A failure only leaves the card out: "My tickets" remains.
   */
  #loadLatest(): void {
    const [entry] = this.context.tickets.list();
    if (!entry) return;
    void this.#latest.run(async (signal) => {
      const [ticket] = await Promise.all([
        this.context.client.getTicket(entry, { signal }),
        this.context.desks.desks(signal),
      ]);
      return { entry, ticket };
    });
  }

  #onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    if (this.query.trim().length < 2) {
      this.#results.reset();
      return;
    }
    this.#searchTimer = setTimeout(() => this.#search(), searchDelayMs);
  }

  #search(): void {
    const q = this.query.trim();
    this.#searched = q;
    void this.#results
      .run((signal) =>
        this.context.client.searchArticles(
          { locale: this.locale, q, institution: articleInstitution(this.context) },
          { signal },
        ),
      )
      .then((state) => {
        if (state.status !== 'complete') return this.reportLoad(state);
        const count = state.value.length;
        this.context.announce(
          count === 0
            ? msg('No articles match your search.')
            : count === 1
              ? msg('1 article found.')
              : msg(str`${count} articles found.`),
        );
      });
  }

  #openArticle(article: Article): void {
    const topics = this.#topics.value ?? [];
    const topic = topics.find((t) => article.topicIds.includes(t.id)) ?? null;
    this.#go({ name: 'article', article, topic });
  }

  /** Moves on to `step`; Back comes here with the search as it is. */
  #go(step: Step): void {
    this.context.navigate(step, { name: 'start', query: this.query });
  }

  /** No article matched: the topics below are the way to write to support. */
  #toTopics(): void {
    this.renderRoot.querySelector<HTMLElement>('#topics')?.focus();
  }

  override render() {
    return html`
      <h2 tabindex="-1">${msg('How can we help?')}</h2>
      ${this.#renderLatest()}
      <p>${msg('Search the help articles or choose a topic below.')}</p>
      <div class="field">
        <label for="search">${msg('Search help articles')}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @input=${this.#onInput}
        />
      </div>
      ${this.#renderResults()} ${this.#renderDraft()}
      <h3 id="topics" tabindex="-1">${msg('Topics')}</h3>
      ${renderLoad(
        this.#topics.state,
        this.locale,
        (topics) =>
          html`<ul>
            ${topics.map(
              (topic) =>
                html`<li>
                  <button
                    type="button"
                    class="choice"
                    @click=${() => this.#go({ name: 'topic', topic })}
                  >
                    ${topic.title}<span class="summary">${topic.summary}</span>
                  </button>
                </li>`,
            )}
          </ul>`,
        () => this.#loadTopics(),
      )}
      ${this.#topics.state.status === 'error' ? renderFallbackContact(this.context, this.locale) : nothing}
      ${this.#renderMyTickets()}
    `;
  }

  #renderResults() {
    if (this.#results.state.status === 'initial') return nothing;
    const query = this.#searched;
    return html`<section aria-label=${msg('Search results')}>
      ${renderLoad(
        this.#results.state,
        this.locale,
        (articles) =>
          articles.length === 0
            ? html`<p>${msg('No articles match your search.')}</p>
                <button type="button" class="secondary" @click=${() => this.#toTopics()}>
                  ${msg('Choose a topic and write to us')}
                </button>`
            : html`<h3>${msg(str`Articles matching “${query}”`)}</h3>
                <ul class="results">
                  ${articles.map((article) =>
                    renderArticleChoice(article, this.locale, () => this.#openArticle(article)),
                  )}
                </ul>`,
        () => this.#search(),
      )}
    </section>`;
  }

  /**
   * A draft with text in it: with its topic, the way back to its form; without one (the page
   * started it with `prefill()`, or its topic no longer exists), a note that a message has been
   * started and waits for the learner to choose a topic below.
   */
  #renderDraft() {
    const draft = this.context.drafts.current;
    if (!this.context.drafts.hasContent) return nothing;
    const topics = this.#topics.value;
    const topic = topics?.find((t) => t.id === draft.topicId);
    if (!topic) {
      if (draft.topicId !== null && !topics) return nothing;
      return html`<div class="notice">
        <p>${msg('Your message has been started: choose what it is about to continue.')}</p>
      </div>`;
    }
    return html`<div class="notice">
      <p>${msg('You have a ticket you have not sent yet.')}</p>
      <button type="button" class="secondary" @click=${() => this.#go({ name: 'form', topic })}>
        ${msg('Continue writing')}
      </button>
    </div>`;
  }

  #renderLatest() {
    const latest = this.#latest.value;
    if (!latest) return nothing;
    const { id, accessToken } = latest.entry;
    return renderLatestTicket(
      latest,
      (desk) => this.context.desks.name(desk, this.locale),
      () => this.context.navigate({ name: 'ticket', id, accessToken }),
    );
  }

  #renderMyTickets() {
    const count = this.context.tickets.list().length;
    if (count === 0) return nothing;
    return html`<h3>${msg('Your tickets')}</h3>
      <button type="button" class="secondary" @click=${() => this.#go({ name: 'my-tickets' })}>
        ${msg(str`My tickets (${count})`)}
      </button>`;
  }
}
