/**
 * `<dc-handoff-form>`: the owner hands the ticket off — consult or transfer, to any other desk,
 * with a note. Each desk's languages and integration are shown, so a refused transfer
 * (`language_not_served`) is no surprise.
 * @internal
 */
import { html } from 'lit';
import { requestAction } from '../events.js';
import { deskName, deskSummary, languageLabel } from '../format.js';
import { TicketViewElement } from '../ticket-view-element.js';
import { formText } from '../form-text.js';

/** The hand-off form of one ticket. */
export class HandoffForm extends TicketViewElement {
  override render() {
    const t = this.ticket;
    if (!t) return html``;
    const others = this.desks.filter((desk) => desk.id !== this.deskId);
    const preset = t.plannedHandoff?.to;
    return html`<form class="stack" @submit=${this.#submit}>
      <fieldset>
        <legend>Mode</legend>
        <label
          ><input
            type="radio"
            name="mode"
            value="consult"
            ?checked=${t.plannedHandoff?.mode !== 'transfer'}
          />
          Consult — you keep the ticket and answer the learner</label
        >
        <label
          ><input
            type="radio"
            name="mode"
            value="transfer"
            ?checked=${t.plannedHandoff?.mode === 'transfer'}
          />
          Transfer — the other desk takes over and answers</label
        >
      </fieldset>
      <label>
        To desk
        <select name="to">
          ${others.map((desk) => {
            const refused = desk.languages.includes(t.language)
              ? ''
              : ` — no ${t.language}: transfer refused`;
            return html`<option value=${desk.id} ?selected=${desk.id === preset}>
              ${deskSummary(desk)}${refused}
            </option>`;
          })}
        </select>
      </label>
      <p class="hint">
        The ticket is in ${languageLabel(t.language)}. A transfer goes only to a desk that answers
        in it (otherwise <code>language_not_served</code>); a consult may go to any desk. E-mail
        desks get the hand-off by e-mail and answer by e-mail.
      </p>
      <label
        >Note to the other desk (internal, optional)
        <textarea name="note" rows="3" maxlength="10000"></textarea>
      </label>
      <button type="submit" class="primary">Hand off</button>
    </form>`;
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    const t = this.ticket;
    if (!t) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const mode = data.get('mode') === 'transfer' ? 'transfer' : 'consult';
    const to = formText(data, 'to');
    const note = formText(data, 'note').trim();
    requestAction(this, {
      label: `Hand off (${mode})`,
      perform: (s) => s.desk.requestHandoff(t.id, note === '' ? { to, mode } : { to, mode, note }),
      success: `Hand-off requested: ${mode} to ${deskName(this.desks, to)}.`,
      onSuccess: () => form.reset(),
    });
  };
}
