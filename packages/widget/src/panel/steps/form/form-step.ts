/**
 * Step 4, Form: subject, description, e-mail, optional name and the ticket language, with the
 * routing preview, a privacy note, inline validation, a draft kept in storage and one send per
 * draft (the idempotency key), however often the learner clicks.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import type { Locale, RoutingPreview } from '@opin/support-sdk';
import { Loader } from '../../data/load-state.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { renderAlert } from '../../ui/alert.js';
import { renderFallbackContact } from '../../ui/fallback-contact.js';
import { renderRoutingNote } from '../../ui/routing-note.js';
import { renderLoad } from '../../ui/loading.js';
import { chosenInstitution } from '../shared/chosen-institution.js';
import { renderField, type FieldOptions } from './form-fields.js';
import {
  renderErrorSummary,
  renderHoneypot,
  renderSendButton,
  renderStorageNotice,
} from './form-parts.js';
import {
  fieldNames,
  validateAll,
  validateField,
  type FieldErrors,
  type FieldName,
} from './form-validation.js';
import { renderLanguageChoice } from './language-choice.js';
import { ticketLanguageMoved } from '../../text/languages.js';
import type { StepOf } from '../shared/step.js';
import { StepElement } from '../shared/step-element.js';
import { recordSent, submitDraft } from './ticket-submission.js';

/** Where the form stands: `invalid` after a send was stopped by field errors. */
type FormState =
  | { kind: 'editing' }
  | { kind: 'invalid' }
  | { kind: 'sending' }
  | { kind: 'failed'; message: string };

/** The ticket form. */
export class FormStep extends StepElement<StepOf<'form'>> {
  static override properties = {
    ...StepElement.properties,
    state: { state: true },
    errors: { state: true },
  };

  static override styles = [...StepElement.styles, fieldStyles];

  declare state: FormState;
  declare errors: FieldErrors;
  /**
   * The ticket language before the UI language changed under a draft with text in it (the ticket
   * language follows the UI until the learner chooses one): offered back with "Undo". Set while
   * updating, so it renders at once.
   */
  #undoLanguage: Locale | undefined;
  readonly #preview = new Loader<RoutingPreview>(this);
  #sending: AbortController | null = null;
  readonly #onOnline = () => {
    if (this.context.drafts.current.queued && this.state.kind === 'failed') void this.#send();
  };

  constructor() {
    super();
    this.state = { kind: 'editing' };
    this.errors = {};
  }

  /** The ticket language: the learner's choice, else the UI language. */
  get language(): Locale {
    return this.context.drafts.current.language ?? this.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    if (this.hasUpdated) this.#loadPreview();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    this.#sending?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A ticket whose send was interrupted goes out when the learner comes back to it.
    if (!this.hasUpdated && this.context.drafts.current.queued) void this.#send();
    if (changed.has('step') && this.context.drafts.current.topicId !== this.step.topic.id) {
      this.context.drafts.update({ topicId: this.step.topic.id });
    }
    if (changed.has('locale') || changed.has('step')) this.#loadPreview();
    // Never silently: say that the ticket language moved with the UI, and offer it back. (On the
    // first update there is no earlier language.)
    const { drafts } = this.context;
    if (changed.has('locale') && !drafts.current.language && drafts.hasContent) {
      const from = this.#undoLanguage ?? changed.get('locale');
      this.#undoLanguage = from === this.locale ? undefined : from;
      if (this.#undoLanguage) this.context.announce(ticketLanguageMoved(this.locale));
    }
  }

  #loadPreview(): void {
    const request = {
      topicId: this.step.topic.id,
      institutionId: chosenInstitution(this.context, this.step.topic) ?? undefined,
      origin: this.context.config.origin,
      language: this.language,
    };
    void this.#preview
      .run(async (signal) => {
        await this.context.desks.desks(signal);
        return this.context.client.previewRouting(request, { signal });
      })
      .then((s) => this.reportLoad(s));
  }

  #onInput(name: FieldName | 'website', value: string): void {
    this.context.drafts.update({ [name]: value });
    if (name !== 'website' && this.errors[name]) this.#check(name);
    this.requestUpdate();
  }

  #check(name: FieldName): void {
    const message = validateField(name, this.context.drafts.current[name]);
    const others = Object.entries(this.errors).filter(([field]) => field !== name);
    this.errors = Object.fromEntries(message === null ? others : [...others, [name, message]]);
  }

  /** Sets the ticket language; focus goes to (or stays on) its radio, as Undo disappears. */
  #chooseLanguage(language: Locale): void {
    this.#undoLanguage = undefined;
    this.context.drafts.update({ language });
    this.#loadPreview();
    this.requestUpdate();
    void this.focusHeading(`#language-${language}`);
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.state.kind === 'sending') return;
    const errors = validateAll(this.context.drafts.current);
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      this.state = { kind: 'invalid' };
      return this.#focusFirstInvalid();
    }
    await this.#send();
  }

  async #send(): Promise<void> {
    if (this.state.kind === 'sending') return;
    this.state = { kind: 'sending' };
    this.context.announce(msg('Sending your ticket…'));
    const abort = new AbortController();
    this.#sending = abort;
    const outcome = await submitDraft(this.context, this.step.topic, this.locale, abort.signal);
    // No longer sending, whatever happened: the status region must not go on saying so next to
    // the confirmation or the error (each of which speaks for itself: a focused heading, an alert).
    this.context.announce('');
    if (abort.signal.aborted) return;
    switch (outcome.kind) {
      case 'sent': {
        const { ticket, accessToken } = recordSent(this.context, outcome.created);
        return this.context.navigate({ name: 'sent', ticket, accessToken });
      }
      case 'invalid':
        this.state = { kind: 'invalid' };
        this.errors = outcome.errors;
        return this.#focusFirstInvalid();
      case 'failed':
        this.state = { kind: 'failed', message: outcome.problem.message };
        this.context.reportError(outcome.problem.code, outcome.problem.message);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('button[type="submit"]')?.focus();
    }
  }

  async #focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const first = fieldNames.find((name) => this.errors[name]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  /** "Your ticket will now be answered in Finnish. Undo" after a UI language change. */
  #renderLanguageUndo(from: Locale) {
    return html`<p class="notice">
      ${ticketLanguageMoved(this.locale)}
      <button type="button" class="secondary" @click=${() => this.#chooseLanguage(from)}>
        ${msg('Undo')}
      </button>
    </p>`;
  }

  override render() {
    const draft = this.context.drafts.current;
    const field = (name: FieldName, label: string, extra: Partial<FieldOptions> = {}) =>
      renderField({
        name,
        label,
        value: draft[name],
        error: this.errors[name],
        required: name !== 'name',
        onInput: (n, v) => this.#onInput(n, v),
        onBlur: (n) => this.#check(n),
        ...extra,
      });
    const invalid = this.state.kind === 'invalid';
    return html`
      <h2 tabindex="-1">${msg('Write to support')}</h2>
      <p class="muted">${msg(str`Topic: ${this.step.topic.title}`)}</p>
      ${renderStorageNotice(this.context.drafts.persistent)}
      ${this.#undoLanguage ? this.#renderLanguageUndo(this.#undoLanguage) : nothing}
      <form novalidate @submit=${(e: SubmitEvent) => this.#onSubmit(e)}>
        ${renderErrorSummary(invalid ? Object.keys(this.errors).length : 0)}
        ${field('subject', msg('Subject'))}
        ${field('description', msg('Describe your matter'), {
          multiline: true,
          hint: msg('Tell us what happened and what you expected. Never send passwords.'),
        })}
        ${field('email', msg('E-mail address'), {
          type: 'email',
          autocomplete: 'email',
          hint: msg('We send the answer and updates here.'),
        })}
        ${field('name', msg('Your name'), { autocomplete: 'name' })}
        ${renderLanguageChoice(this.language, (l) => this.#chooseLanguage(l))}
        ${renderHoneypot(draft.website, (value) => this.#onInput('website', value))}
        ${renderLoad(
          this.#preview.state,
          this.locale,
          (preview) =>
            renderRoutingNote(preview, this.context.desks, this.locale, {
              privacy: true,
            }),
          () => this.#loadPreview(),
        )}
        ${
          this.state.kind === 'failed'
            ? renderAlert(this.state.message, renderFallbackContact(this.context, this.locale))
            : nothing
        }
        ${renderSendButton(this.state.kind === 'sending')}
      </form>
    `;
  }
}
