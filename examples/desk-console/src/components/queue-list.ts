/**
 * `<dc-queue-list>`: the played desk's queue — tickets it owns, assists, or has a pending
 * hand-off to — with what each needs from this desk, how long ago it was filed, and a _New_ mark
 * on the tickets this desk has not opened yet.
 * @internal
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Desk, DeskTicket } from '@opin/support-sdk/desk';
import { answerDue } from '../answer-due.js';
import { OpenTicketEvent } from '../events.js';
import { languageName, statusLabel } from '../format.js';
import { formatTime } from '../local-time.js';
import { LightElement } from '../light-element.js';
import { ticketAge } from '../ticket-age.js';
import { queueMarks } from '../ticket-roles.js';

/** A list of queue entries; choosing one fires `dc-open-ticket`. */
export class QueueList extends LightElement {
  static override properties = {
    queue: { attribute: false },
    deskId: { attribute: false },
    desks: { attribute: false },
    selectedId: { attribute: false },
    seenIds: { attribute: false },
    now: { attribute: false },
  };
  /** The desk's queue, as `GET /desk/queue` returned it. */
  declare queue: readonly DeskTicket[];
  declare deskId: string;
  declare desks: readonly Desk[];
  /** The open ticket, marked as current. */
  declare selectedId: string | undefined;
  /** The tickets the played desk has opened; the others are marked _New_. */
  declare seenIds: ReadonlySet<string>;
  /** The console's now at the last refresh (`ConsoleClock`): ages and due times are measured at it. */
  declare now: Date;

  constructor() {
    super();
    this.queue = [];
    this.deskId = '';
    this.desks = [];
    this.selectedId = undefined;
    this.seenIds = new Set();
    this.now = new Date();
  }

  override render() {
    if (this.queue.length === 0) {
      return html`<p class="empty">
        Nothing in this desk's queue. File a test ticket below, or play another desk.
      </p>`;
    }
    return html`<ul class="queue-list">
      ${repeat(
        this.queue,
        (ticket) => ticket.id,
        (ticket) => this.#entry(ticket),
      )}
    </ul>`;
  }

  #entry(ticket: DeskTicket) {
    const marks = queueMarks(ticket, this.deskId, this.desks);
    const current = ticket.id === this.selectedId;
    const due = answerDue(ticket, this.now.getTime());
    return html`<li>
      <button
        type="button"
        class="queue-entry"
        aria-current=${current ? 'true' : 'false'}
        @click=${() => this.dispatchEvent(new OpenTicketEvent(ticket.id))}
      >
        <span class="queue-head">
          <span class="queue-ref">${ticket.id}</span>
          ${this.seenIds.has(ticket.id) ? nothing : html`<span class="queue-new">New</span>`}
        </span>
        <bdi class="queue-subject">${ticket.subject}</bdi>
        <span class="queue-meta">
          <span class="status status-${ticket.status}">${statusLabel(ticket.status)}</span>
          <span class="queue-language">${languageName(ticket.language)}</span>
          <span class="queue-age"
            >Filed
            <time datetime=${ticket.createdAt} title=${formatTime(ticket.createdAt)}
              >${ticketAge(ticket.createdAt, this.now)}</time
            ></span
          >
          <span class=${due.late ? 'due due-late' : 'due'}
            >${due.late ? `Overdue: due ${due.time}` : `Due ${due.time}`}</span
          >
        </span>
        ${marks.map((mark) => html`<span class="mark mark-${mark.tone}">${mark.text}</span>`)}
      </button>
    </li>`;
  }
}
