/**
 * Step 2, Topic: the institution (when the topic needs one), self-help articles first, then the
 * routing preview in plain words and the way to write a ticket.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import type { Article, Institution, RoutingPreview } from '@opin/support-sdk';
import { Loader } from '../../data/load-state.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { renderRoutingNote } from '../../ui/routing-note.js';
import { renderLoad } from '../../ui/loading.js';
import {
  articleInstitution,
  chosenInstitution,
  institutionChoice,
  needsInstitutionChoice,
} from '../shared/chosen-institution.js';
import { renderInstitutionSelect } from './institution-select.js';
import type { StepOf } from '../shared/step.js';
import { StepElement } from '../shared/step-element.js';
import { renderArticleChoice } from '../../ui/article-choice.js';

/** The topic step. */
export class TopicStep extends StepElement<StepOf<'topic'>> {
  static override properties = {
    ...StepElement.properties,
    institutionError: { state: true },
  };

  static override styles = [...StepElement.styles, fieldStyles];

  declare institutionError: string | null;
  readonly #institutions = new Loader<Institution[]>(this);
  readonly #articles = new Loader<Article[]>(this);
  readonly #preview = new Loader<RoutingPreview>(this);
  /** The learner wrote before choosing an institution: focus its select once it is there. */
  #focusInstitution = false;

  constructor() {
    super();
    this.institutionError = null;
  }

  /** The institution to send: the draft's, else the one the page preselected; null if unknown. */
  get institutionId(): string | null {
    return chosenInstitution(this.context, this.step.topic);
  }

  /** True until the learner has chosen an institution, or said that they do not know it. */
  get #awaitingInstitution(): boolean {
    return needsInstitutionChoice(this.context, this.step.topic);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || changed.has('step')) this.#loadAll();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#loadAll();
  }

  #loadAll(): void {
    if (this.step.topic.requiresInstitution) {
      void this.#institutions
        .run((signal) => this.context.desks.institutions(signal))
        .then((s) => this.reportLoad(s));
    }
    this.#loadArticles();
    this.#loadPreview();
  }

  #loadArticles(): void {
    const institution = articleInstitution(this.context);
    const query = { locale: this.locale, topic: this.step.topic.id, institution };
    void this.#articles
      .run((signal) => this.context.client.searchArticles(query, { signal }))
      .then((s) => this.reportLoad(s));
  }

  #loadPreview(): void {
    const institutionId = this.institutionId;
    if (this.#awaitingInstitution) return this.#preview.reset();
    const request = {
      topicId: this.step.topic.id,
      institutionId: institutionId ?? undefined,
      origin: this.context.config.origin,
      language: this.context.drafts.current.language ?? this.locale,
    };
    void this.#preview
      .run(async (signal) => {
        await this.context.desks.desks(signal);
        return this.context.client.previewRouting(request, { signal });
      })
      .then((s) => this.reportLoad(s));
  }

  #chooseInstitution(id: string | null): void {
    this.context.drafts.update({ institutionId: id });
    this.institutionError = null;
    this.#loadArticles();
    this.#loadPreview();
  }

  #write(): void {
    if (this.#awaitingInstitution) {
      this.institutionError = msg('Choose your institution first.');
      this.#focusInstitution = true;
      this.requestUpdate();
      return;
    }
    this.context.navigate({ name: 'form', topic: this.step.topic });
  }

  /** Focuses the institution select asked for, as soon as it has rendered (its list may load). */
  override updated(): void {
    const select =
      this.#focusInstitution && this.renderRoot.querySelector<HTMLElement>('#institution');
    if (!select) return;
    this.#focusInstitution = false;
    select.focus();
  }

  override render() {
    const topic = this.step.topic;
    return html`
      <h2 tabindex="-1">${topic.title}</h2>
      <p>${topic.summary}</p>
      ${
        topic.requiresInstitution
          ? renderLoad(
              this.#institutions.state,
              this.locale,
              (institutions) =>
                renderInstitutionSelect({
                  institutions,
                  selected: institutionChoice(this.context, topic),
                  locale: this.locale,
                  error: this.institutionError,
                  onChange: (id) => this.#chooseInstitution(id),
                }),
              () => this.#loadAll(),
            )
          : nothing
      }
      ${this.#renderArticles()}
      <h3>${msg('Still need help?')}</h3>
      ${renderLoad(
        this.#preview.state,
        this.locale,
        (preview) =>
          renderRoutingNote(preview, this.context.desks, this.locale, { privacy: false }),
        () => this.#loadPreview(),
      )}
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.#write()}>
          ${msg('Write to support')}
        </button>
      </div>
    `;
  }

  #renderArticles() {
    return renderLoad(
      this.#articles.state,
      this.locale,
      (articles) =>
        articles.length === 0
          ? nothing
          : html`<h3>${msg('These may help')}</h3>
              <ul>
                ${articles.map((article) =>
                  renderArticleChoice(article, this.locale, () =>
                    this.context.navigate({ name: 'article', article, topic: this.step.topic }),
                  ),
                )}
              </ul>`,
      () => this.#loadArticles(),
    );
  }
}
