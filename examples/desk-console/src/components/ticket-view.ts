/**
 * `<dc-ticket-view>`: everything the played desk sees of one ticket, and what it can do with it.
 * @internal
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Topic } from '@opin/support-sdk';
import type { Desk, DeskTicket } from '@opin/support-sdk/desk';
import type { DeskMail } from '../desk-mail.js';
import { OpenTicketEvent } from '../events.js';
import { LightElement } from '../light-element.js';
import { roleSentence } from '../ticket-roles.js';

/** One open ticket. Its heading (`#ticket-heading`) takes focus when the ticket opens. */
export class TicketView extends LightElement {
  static override properties = {
    ticket: { attribute: false },
    desks: { attribute: false },
    deskId: { attribute: false },
    inbox: { attribute: false },
    catcher: { attribute: false },
    topics: { attribute: false },
    now: { attribute: false },
  };
  declare ticket: DeskTicket | undefined;
  declare desks: readonly Desk[];
  declare deskId: string;
  /** E-mails to the played desk, newest first; `undefined` for a realtime desk. */
  declare inbox: readonly DeskMail[] | undefined;
  /** True when the e-mails come from `pnpm demo`'s mail catcher, and answers go through it. */
  declare catcher: boolean;
  /** Every topic in English, for their titles. */
  declare topics: readonly Topic[];
  /** The console's now (`ConsoleClock`), for whether the answer is late. */
  declare now: Date;

  constructor() {
    super();
    this.ticket = undefined;
    this.desks = [];
    this.deskId = '';
    this.inbox = undefined;
    this.catcher = false;
    this.topics = [];
    this.now = new Date();
  }

  override render() {
    const t = this.ticket;
    if (!t) return nothing;
    return html`<h2 id="ticket-heading" tabindex="-1">${t.id}: <bdi>${t.subject}</bdi></h2>
      <p class="role">${roleSentence(t, this.deskId, this.desks)}</p>
      <button
        type="button"
        class="link"
        @click=${() => this.dispatchEvent(new OpenTicketEvent(undefined))}
      >
        Back to queue
      </button>
      <div class="ticket-columns">
        <section aria-label="Ticket details">
          <dc-ticket-facts
            .ticket=${t}
            .desks=${this.desks}
            .topics=${this.topics}
            .now=${this.now}
          ></dc-ticket-facts>
        </section>
        <section aria-label="Routing and hand-off">
          <dc-handoff-panel
            .ticket=${t}
            .desks=${this.desks}
            .deskId=${this.deskId}
          ></dc-handoff-panel>
        </section>
      </div>
      <section aria-labelledby="thread-heading">
        <h3 id="thread-heading">Conversation and internal notes</h3>
        <dc-ticket-thread .ticket=${t} .desks=${this.desks}></dc-ticket-thread>
      </section>
      <section aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">Timeline</h3>
        <dc-ticket-timeline .ticket=${t} .desks=${this.desks}></dc-ticket-timeline>
      </section>
      <section aria-labelledby="actions-heading">
        <h3 id="actions-heading">Actions</h3>
        ${keyed(`${t.id}/${this.deskId}`, this.#actions(t))}
      </section>`;
  }

  #actions(t: DeskTicket) {
    const deskEmail = this.desks.find((desk) => desk.id === this.deskId)?.deskEmail;
    const api = html`<h4>Write to the learner or add an internal note</h4>
      <dc-reply-form .ticket=${t}></dc-reply-form>
      <h4>Status</h4>
      <dc-status-form .ticket=${t}></dc-status-form>
      <h4>Hand off</h4>
      <dc-handoff-form .ticket=${t} .desks=${this.desks} .deskId=${this.deskId}></dc-handoff-form>`;
    if (deskEmail === undefined || this.inbox === undefined) return api;
    const answer = this.catcher
      ? html`<dc-caught-mail-answer-form
          .ticket=${t}
          .deskEmail=${deskEmail}
          .inbox=${this.inbox}
        ></dc-caught-mail-answer-form>`
      : html`<dc-email-reply-form
          .ticket=${t}
          .deskEmail=${deskEmail}
          .inbox=${this.inbox}
        ></dc-email-reply-form>`;
    return html`<h4>Answer by e-mail</h4>
      ${answer}
      <details class="api-actions">
        <summary>API actions (an e-mail desk has none in reality)</summary>
        ${api}
      </details>`;
  }
}
