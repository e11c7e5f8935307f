/**
 * `<dc-ticket-thread>`: messages with the learner and internal notes, told apart by colour,
 * border and a text label ("Internal — never shown to the learner").
 * @internal
 */
import { html } from 'lit';
import { formatTime } from '../local-time.js';
import { TicketViewElement } from '../ticket-view-element.js';
import { threadEntries, type ThreadEntry } from '../thread-entries.js';

/** The conversation, oldest first. */
export class TicketThread extends TicketViewElement {
  override render() {
    if (!this.ticket) return html``;
    const entries = threadEntries(this.ticket, this.desks);
    if (entries.length === 0) return html`<p class="empty">No messages or notes yet.</p>`;
    return html`<ol class="thread">
      ${entries.map((entry) => this.#entry(entry))}
    </ol>`;
  }

  #entry(entry: ThreadEntry) {
    const tag =
      entry.kind === 'internal' ? 'Internal — never shown to the learner' : 'To/from learner';
    return html`<li class="thread-entry thread-${entry.kind}">
      <p class="thread-head">
        <strong>${entry.heading}</strong>
        <span class="thread-tag">${tag}</span>
        <time datetime=${entry.at}>${formatTime(entry.at)}</time>
        ${entry.language ? html`<span class="thread-lang">${entry.language}</span>` : ''}
      </p>
      <p class="thread-body">${entry.body}</p>
    </li>`;
  }
}
