/**
 * `<dc-ticket-timeline>`: who had the ticket when, as the learner also sees it.
 * @internal
 */
import { html } from 'lit';
import { formatTime } from '../local-time.js';
import { TicketViewElement } from '../ticket-view-element.js';
import { timelineText } from '../timeline-text.js';

/** The ticket's timeline, oldest first. */
export class TicketTimeline extends TicketViewElement {
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
