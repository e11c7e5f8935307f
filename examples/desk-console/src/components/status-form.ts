/**
 * `<dc-status-form>`: the owner changes the learner-facing status, or resolves the ticket.
 * @internal
 */
import { html } from 'lit';
import type { DeskTicket, TicketStatus } from '@opin/support-sdk/desk';
import { requestAction } from '../events.js';
import { statusLabel } from '../format.js';
import { LightElement } from '../light-element.js';

const settable: readonly TicketStatus[] = [
  'received',
  'in_progress',
  'waiting_for_learner',
  'resolved',
];

/** A status select and a one-click "Resolve". */
export class StatusForm extends LightElement {
  static override properties = { ticket: { attribute: false } };
  declare ticket: DeskTicket | undefined;

  constructor() {
    super();
    this.ticket = undefined;
  }

  override render() {
    const t = this.ticket;
    if (!t) return html``;
    return html`<form class="inline-form" @submit=${this.#submit}>
        <label>
          New status
          <select name="status">
            ${settable.map(
              (status) =>
                html`<option value=${status} ?selected=${status === t.status}>
                  ${statusLabel(status)}
                </option>`,
            )}
          </select>
        </label>
        <button type="submit">Change status</button>
        <button type="button" class="primary" @click=${() => this.#set(t, 'resolved')}>
          Resolve
        </button>
      </form>
      <p class="hint">
        Only the owner changes the status; an illegal change is refused (<code>conflict</code>).
      </p>`;
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    const t = this.ticket;
    if (!t) return;
    const value = new FormData(event.currentTarget as HTMLFormElement).get('status');
    const status = settable.find((s) => s === value);
    if (status) this.#set(t, status);
  };

  #set(t: DeskTicket, status: TicketStatus) {
    requestAction(this, {
      label: status === 'resolved' ? 'Resolve' : 'Change status',
      perform: (s) => s.desk.setStatus(t.id, status),
      success: `${t.id} is now ${statusLabel(status).toLowerCase()}.`,
    });
  }
}
