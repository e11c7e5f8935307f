/**
 * `<dc-handoff-panel>`: the routing advice (`plannedHandoff`, opened in one click), the ticket's
 * hand-off and its state, and — for the receiving desk — accept or decline.
 * @internal
 */
import { html, nothing } from 'lit';
import type { DeskTicket } from '@opin/support-sdk/desk';
import { OpenTicketEvent, requestAction } from '../events.js';
import { deskName } from '../format.js';
import { formatTime } from '../local-time.js';
import { TicketViewElement } from '../ticket-view-element.js';
import { handoffIsOpen, roleOf } from '../ticket-roles.js';
import { formText } from '../form-text.js';

/** Routing advice and the current hand-off of one ticket. */
export class HandoffPanel extends TicketViewElement {
  override render() {
    const t = this.ticket;
    if (!t) return nothing;
    return html`<h3>Routing advice</h3>
      ${this.#advice(t)}
      <h3>Hand-off</h3>
      ${this.#handoff(t)}
      ${roleOf(t, this.deskId) === 'handoff_to_you' ? this.#respond(t) : nothing}`;
  }

  #advice(t: DeskTicket) {
    const planned = t.plannedHandoff;
    if (!planned) return html`<p>No hand-off planned: the receiving desk owns this topic.</p>`;
    const target = deskName(this.desks, planned.to);
    const verb = planned.mode === 'consult' ? 'consult' : 'transfer the ticket to';
    let action;
    if (t.owner !== this.deskId) action = html`<p class="hint">Only the owner opens it.</p>`;
    else if (planned.to === this.deskId) action = html`<p class="hint">You are that desk.</p>`;
    else if (handoffIsOpen(t)) action = html`<p class="hint">A hand-off is already open.</p>`;
    else if (followed(t)) action = html`<p class="hint">Done: this hand-off was accepted.</p>`;
    else
      action = html`<button type="button" class="primary" @click=${() => this.#openPlanned(t)}>
        Open planned hand-off (${planned.mode} → ${target})
      </button>`;
    return html`<p>The routing rule advises: <strong>${verb} ${target}</strong>.</p>
      ${action}`;
  }

  #handoff(t: DeskTicket) {
    const h = t.handoff;
    if (!h) return html`<p>No hand-off yet.</p>`;
    return html`<dl class="facts">
      <dt>Mode</dt>
      <dd>
        ${h.mode === 'consult' ? 'Consult (owner keeps the ticket)' : 'Transfer (takes over)'}
      </dd>
      <dt>From → to</dt>
      <dd>${deskName(this.desks, h.from)} → ${deskName(this.desks, h.to)}</dd>
      <dt>State</dt>
      <dd><span class="handoff-state state-${h.state}">${h.state}</span> — ${this.#explain(t)}</dd>
      <dt>Requested</dt>
      <dd><time datetime=${h.requestedAt}>${formatTime(h.requestedAt)}</time></dd>
      ${
        h.respondedAt
          ? html`<dt>Responded</dt>
              <dd><time datetime=${h.respondedAt}>${formatTime(h.respondedAt)}</time></dd>`
          : nothing
      }
    </dl>`;
  }

  #explain(t: DeskTicket): string {
    const h = t.handoff;
    if (!h) return '';
    const to = deskName(this.desks, h.to);
    if (h.state === 'pending') return `waiting for ${to} to accept (or it returns after 4 h).`;
    if (h.state === 'returned') {
      const reason = t.timeline.findLast((e) => e.type === 'handoff_returned')?.reason;
      return `returned to ${deskName(this.desks, h.from)} (${reason ?? 'returned'}); the sender still owns it.`;
    }
    if (h.mode === 'transfer') return `${to} took the ticket over.`;
    return t.assisting === h.to
      ? `${to} is looking into it; its internal answer goes to the owner.`
      : `${to} answered; the owner now replies to the learner.`;
  }

  #respond(t: DeskTicket) {
    const email = this.desks.find((d) => d.id === this.deskId)?.integration === 'email';
    return html`<div class="respond">
      <p><strong>This hand-off is waiting for you.</strong></p>
      <button type="button" class="primary" @click=${() => this.#accept(t)}>Accept hand-off</button>
      <form class="inline-form" @submit=${(e: SubmitEvent) => this.#decline(e, t)}>
        <label>Reason for declining <input name="reason" maxlength="2000" /></label>
        <button type="submit">Decline</button>
      </form>
      ${
        email
          ? html`<p class="hint">
              An e-mail desk does not decline here: it answers by e-mail (below), where any reply
              accepts and a first line <code>HYLKÄÄ</code> / <code>AVBÖJ</code> /
              <code>DECLINE</code> declines; an unanswered hand-off returns after 4 h.
            </p>`
          : nothing
      }
    </div>`;
  }

  #openPlanned(t: DeskTicket) {
    const planned = t.plannedHandoff;
    if (!planned) return;
    requestAction(this, {
      label: 'Open planned hand-off',
      perform: (s) => s.desk.requestHandoff(t.id, { to: planned.to, mode: planned.mode }),
      success: `Hand-off opened: ${planned.mode} to ${deskName(this.desks, planned.to)}.`,
    });
  }

  #accept(t: DeskTicket) {
    requestAction(this, {
      label: 'Accept hand-off',
      perform: (s) => s.desk.acceptHandoff(t.id),
      success: `Hand-off of ${t.id} accepted.`,
    });
  }

  #decline(event: SubmitEvent, t: DeskTicket) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const reason = formText(new FormData(form), 'reason').trim();
    requestAction(this, {
      label: 'Decline hand-off',
      perform: (s) => s.desk.declineHandoff(t.id, reason === '' ? {} : { reason }),
      success: `Hand-off of ${t.id} declined; it returned to the sender, and ${deskName(this.desks, this.deskId)} no longer sees the ticket.`,
      onSuccess: () => {
        form.reset();
        // A desk that declined no longer reads the ticket (least privilege): close it.
        this.dispatchEvent(new OpenTicketEvent(undefined));
      },
    });
  }
}

/** True when the ticket's last hand-off is the planned one and was accepted. */
function followed(t: DeskTicket): boolean {
  const { handoff, plannedHandoff } = t;
  return (
    handoff?.state === 'accepted' &&
    handoff.to === plannedHandoff?.to &&
    handoff.mode === plannedHandoff.mode
  );
}
