/**
 * Step 3, Article: the article as text, a notice when it is shown in another language, and
 * "Did this solve it?" (yes: feedback, `opin-self-served`, thanks and the way back to the topics;
 * no: on to the ticket).
 * @internal
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { inLanguage } from '../../text/languages.js';
import { renderArticleBody } from './article-body.js';
import { needsInstitutionChoice } from '../shared/chosen-institution.js';
import type { StepOf } from '../shared/step.js';
import { StepElement } from '../shared/step-element.js';

type Feedback = 'unasked' | 'solved';

/** The article step. */
export class ArticleStep extends StepElement<StepOf<'article'>> {
  static override properties = {
    ...StepElement.properties,
    feedback: { state: true },
  };

  static override styles = [
    ...StepElement.styles,
    css`
      .links li {
        margin-block-end: 0.5em;
      }
      fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75em;
        margin: 1em 0 0;
      }
      legend {
        font-weight: 600;
        padding: 0 0.25em;
      }
    `,
  ];

  declare feedback: Feedback;
  #viewed: string | null = null;

  constructor() {
    super();
    this.feedback = 'unasked';
  }

  protected override updated(): void {
    if (this.#viewed === this.step.article.id) return;
    this.#viewed = this.step.article.id;
    this.context.emit('opin-article-view', {
      articleId: this.step.article.id,
      locale: this.step.article.locale,
    });
  }

  #sendFeedback(helpful: boolean): void {
    const body = { helpful, locale: this.step.article.locale };
    // Feedback is a courtesy: a failure must not stand in the learner's way.
    this.context.client.sendArticleFeedback(this.step.article.id, body).catch(() => undefined);
  }

  #solved(): void {
    this.#sendFeedback(true);
    this.feedback = 'solved';
    const topicId = this.step.topic?.id ?? this.step.article.topicIds[0] ?? '';
    this.context.emit('opin-self-served', { articleId: this.step.article.id, topicId });
    this.context.announce(msg('Thank you! We are glad it helped.'));
    // The buttons the learner pressed are gone: focus the way on, so it is neither lost nor unseen.
    void this.focusHeading('.solved button');
  }

  #notSolved(): void {
    this.#sendFeedback(false);
    const topic = this.step.topic;
    if (!topic) return this.context.navigate({ name: 'start' });
    const ready = !needsInstitutionChoice(this.context, topic);
    this.context.navigate(ready ? { name: 'form', topic } : { name: 'topic', topic });
  }

  override render() {
    const article = this.step.article;
    const fallback = article.locale !== this.locale;
    const shownIn = inLanguage(article.locale);
    const wanted = inLanguage(this.locale);
    return html`
      <article lang=${article.locale}>
        <h2 tabindex="-1">${article.title}</h2>
        ${
          fallback
            ? html`<p class="notice" lang=${this.locale}>
                ${msg(str`This article is not available ${wanted}; it is shown ${shownIn}.`, {
                  desc: '1: e.g. "in English" (the UI language), 2: e.g. "in Finnish" (the article’s).',
                })}
              </p>`
            : nothing
        }
        ${renderArticleBody(article)}
      </article>
      ${
        this.feedback === 'solved'
          ? html`<div class="solved">
              <p class="notice">${msg('Thank you! We are glad it helped.')}</p>
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  @click=${() => this.context.navigate({ name: 'start' })}
                >
                  ${msg('Back to topics')}
                </button>
              </div>
            </div>`
          : html`<fieldset>
              <legend>${msg('Did this solve it?')}</legend>
              <div class="actions">
                <button type="button" class="primary" @click=${() => this.#solved()}>
                  ${msg('Yes, thank you')}
                </button>
                <button type="button" class="secondary" @click=${() => this.#notSolved()}>
                  ${msg('No, I still need help')}
                </button>
              </div>
            </fieldset>`
      }
    `;
  }
}
