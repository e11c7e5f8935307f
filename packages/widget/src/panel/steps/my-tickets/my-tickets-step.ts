/**
 * Step 7, My tickets: the tickets filed from this browser, newest first, each with its status, the
 * desk that has it and its last message (fetched with `getTicket`; a ticket the server no longer
 * opens says so).
 * @internal
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { isSupportHttpError, type Ticket } from '@opin/support-sdk';
import { Loader } from '../../data/load-state.js';
import type { StoredTicket } from '../../stores/ticket-store.js';
import { statusLabel } from '../../text/statuses.js';
import { renderLoad } from '../../ui/loading.js';
import { renderTime } from '../../ui/time.js';
import type { StepOf } from '../shared/step.js';
import { StepElement } from '../shared/step-element.js';

/** One remembered ticket and what the server says of it now. */
interface Row {
  entry: StoredTicket;
  outcome: { kind: 'found'; ticket: Ticket } | { kind: 'gone' } | { kind: 'unknown' };
}

/** The list of this browser's tickets. */
export class MyTicketsStep extends StepElement<StepOf<'my-tickets'>> {
  static override styles = [
    ...StepElement.styles,
    css`
      .last {
        display: block;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
    `,
  ];

  readonly #rows = new Loader<Row[]>(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.#rows.state.status === 'initial') this.#load();
  }

  protected override willUpdate(): void {
    if (this.#rows.state.status === 'initial') this.#load();
  }

  #load(): void {
    const entries = this.context.tickets.list();
    this.followDeskNames();
    void this.#rows.run((signal) =>
      Promise.all(
        entries.map(async (entry): Promise<Row> => {
          try {
            const ticket = await this.context.client.getTicket(entry, { signal });
            return { entry, outcome: { kind: 'found', ticket } };
          } catch (error) {
            if (signal.aborted) throw error;
            const gone = isSupportHttpError(error) && error.status === 404;
            return { entry, outcome: { kind: gone ? 'gone' : 'unknown' } };
          }
        }),
      ),
    );
  }

  override render() {
    return html`
      <h2 tabindex="-1">${msg('My tickets')}</h2>
      ${renderLoad(
        // Desk names, never ids: the list shows once they are known (or failed to load).
        this.deskNamesKnown ? this.#rows.state : { status: 'pending' },
        this.locale,
        (rows) =>
          rows.length === 0
            ? html`<p>${msg('No tickets have been sent from this browser.')}</p>`
            : html`<ul>
                ${rows.map((row) => this.#renderRow(row))}
              </ul>`,
        () => this.#load(),
      )}
    `;
  }

  #renderRow({ entry, outcome }: Row) {
    const open = () =>
      this.context.navigate({ name: 'ticket', id: entry.id, accessToken: entry.accessToken });
    if (outcome.kind === 'gone') {
      return html`<li class="notice">
        <strong>${entry.id}</strong> · ${renderTime(entry.createdAt, this.locale)}
        <p>${msg('This ticket is no longer available.')}</p>
      </li>`;
    }
    if (outcome.kind === 'unknown') {
      return html`<li>
        <button type="button" class="choice" @click=${open}>
          <strong>${entry.id}</strong>
          <span class="summary">
            ${msg('Status unknown right now')} · ${renderTime(entry.createdAt, this.locale)}
          </span>
        </button>
      </li>`;
    }
    const { ticket } = outcome;
    const name = (desk: string) => this.context.desks.name(desk, this.locale);
    const owner = name(ticket.owner);
    const last = ticket.messages.at(-1);
    return html`<li>
      <button type="button" class="choice" @click=${open}>
        <strong>${entry.id}</strong>
        <bdi lang=${ticket.language}>${ticket.subject}</bdi>
        <span class="summary">
          ${statusLabel(ticket.status)} ·
          ${msg(str`Handled by ${owner}`, { desc: '1: desk name.' })} ·
          ${renderTime(entry.createdAt, this.locale)}
        </span>
        ${
          last
            ? html`<span class="summary last">
                ${last.author.kind === 'desk' ? name(last.author.desk) : msg('You', { desc: 'Author of the learner’s own messages.' })}:
                <bdi lang=${last.language}>${last.body}</bdi>
              </span>`
            : nothing
        }
      </button>
    </li>`;
  }
}
