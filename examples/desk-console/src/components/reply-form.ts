/**
 * `<dc-reply-form>`: write to the learner (in the ticket's language) or add an internal note.
 * @internal
 */
import { html } from 'lit';
import type { Locale } from '@opin/support-sdk';
import type { DeskTicket } from '@opin/support-sdk/desk';
import { requestAction } from '../events.js';
import { languageLabel } from '../format.js';
import { LightElement } from '../light-element.js';
import { formText } from '../form-text.js';

const locales: readonly Locale[] = ['fi', 'sv', 'en'];

/** A message form; the language is preset to the ticket's and the server refuses others. */
export class ReplyForm extends LightElement {
  static override properties = { ticket: { attribute: false } };
  declare ticket: DeskTicket | undefined;

  constructor() {
    super();
    this.ticket = undefined;
  }

  override render() {
    const t = this.ticket;
    if (!t) return html``;
    return html`<form class="stack" @submit=${this.#submit}>
      <fieldset>
        <legend>Send as</legend>
        <label
          ><input type="radio" name="visibility" value="learner" checked /> Message to the
          learner</label
        >
        <label
          ><input type="radio" name="visibility" value="internal" /> Internal note (desks
          only)</label
        >
      </fieldset>
      <label>
        Language — ticket's language: ${languageLabel(t.language)}
        <select name="language">
          ${locales.map(
            (locale) =>
              html`<option value=${locale} ?selected=${locale === t.language}>
                ${languageLabel(locale)}${locale === t.language ? ' — ticket language' : ''}
              </option>`,
          )}
        </select>
      </label>
      <p class="hint">
        A message to the learner must be in ${languageLabel(t.language)}: the server refuses any
        other language (<code>language_mismatch</code>). Internal notes may be in any language; an
        assisting desk's internal note is its consult answer.
      </p>
      <label>Text <textarea name="body" rows="4" required maxlength="10000"></textarea></label>
      <button type="submit" class="primary">Send</button>
    </form>`;
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    const t = this.ticket;
    if (!t) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const visibility = data.get('visibility') === 'internal' ? 'internal' : 'learner';
    const language = locales.find((l) => l === data.get('language')) ?? t.language;
    const body = formText(data, 'body');
    const what = visibility === 'internal' ? 'Internal note' : 'Message to the learner';
    requestAction(this, {
      label: `Send ${what.toLowerCase()}`,
      perform: (s) => s.desk.sendMessage(t.id, { body, language, visibility }),
      success: `${what} added to ${t.id}.`,
      onSuccess: () => form.reset(),
    });
  };
}
