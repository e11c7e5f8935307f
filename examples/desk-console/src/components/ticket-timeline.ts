/**
 * `<dc-ticket-timeline>`: who had the ticket when, as the learner also sees it.
 * @internal
 */
import { html } from 'lit';
import type { Desk, DeskTicket } from '@opin/support-sdk/desk';
import { formatTime } from '../format.js';
import { LightElement } from '../light-element.js';
import { timelineText } from '../timeline-text.js';

/** The ticket's timeline, oldest first. */
export class TicketTimeline extends LightElement {
  static override properties = { ticket: { attribute: false }, desks: { attribute: false } };
  declare ticket: DeskTicket | undefined;
  declare desks: readonly Desk[];

  constructor() {
    super();
    this.ticket = undefined;
    this.desks = [];
  }

  override render() {
    const events = this.ticket?.timeline ?? [];
    return html`<ol class="timeline">
      ${events.map(
        (event) =>
          html`<li>
            <time datetime=${event.at}>${formatTime(event.at)}</time>
            ${timelineText(event, this.desks)}
          </li>`,
      )}
    </ol>`;
  }
}
