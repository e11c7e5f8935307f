/**
 * Step 6, Ticket: the reference (kept on one line, with a copy button), its status and the
 * who-answers card (late once its time has passed without an answer), the ticket as one
 * conversation that opens at its newest entry, a reply box (and reopen when resolved), live
 * updates announced politely, and freshness notes for e-mail desks.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Ticket } from '@opin/support-sdk';
import { TicketWatch } from '../../data/ticket-watch.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { describeError } from '../../text/errors.js';
import { statusLabel } from '../../text/statuses.js';
import { handoffNow } from '../../text/handoff-now.js';
import { ticketPlanWords } from '../../text/plan.js';
import { describeEvent } from '../../text/timeline.js';
import { renderAlert } from '../../ui/alert.js';
import { renderFallbackContact } from '../../ui/fallback-contact.js';
import { planPhase, renderPlanCard } from '../../ui/plan-card.js';
import { renderReply, type ReplyState } from './ticket-reply.js';
import { ticketStyles } from './ticket.styles.js';
import { renderFreshness } from './ticket-freshness.js';
import { renderThread } from './ticket-thread.js';
import type { StepOf } from '../shared/step.js';
import { StepElement } from '../shared/step-element.js';

/** One ticket, followed live. */
export class TicketStep extends StepElement<StepOf<'ticket'>> {
  static override properties = {
    ...StepElement.properties,
    reply: { state: true },
  };

  static override styles = [...StepElement.styles, fieldStyles, ticketStyles];

  declare reply: ReplyState;
  readonly #watch = new TicketWatch(
    this,
    () => this.context.client,
    () => ({ id: this.step.id, accessToken: this.step.accessToken }),
    (previous, next) => this.#changed(previous, next),
  );
  #action: AbortController | null = null;
  /** How many entries the thread had when last shown (0: not shown yet). */
  #entries = 0;
  /** Whether the newest entry is in view, i.e. the learner has not scrolled up to read. */
  #atNewest = true;
  readonly #newest = new IntersectionObserver((seen) => {
    this.#atNewest = seen.at(-1)?.isIntersecting ?? this.#atNewest;
  });

  constructor() {
    super();
    this.reply = { kind: 'idle', text: '' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.followDeskNames();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#action?.abort();
    this.#newest.disconnect();
  }

  /**
   * Focuses the heading without scrolling: the view stays at the newest entry. The panel calls it
   * whenever the dialog opens, so what arrived while it was closed counts as read now.
   */
  override async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.#markSeen();
    this.renderRoot.querySelector('h2')?.focus({ preventScroll: true });
  }

  /**
   * Records the messages as read (`TicketStore.markSeen`) if the learner can see them: not while
   * the dialog is closed, when a reply must stay new for the start step and the launcher's badge.
   */
  #markSeen(): void {
    const ticket = this.#watch.ticket;
    if (ticket && this.checkVisibility()) {
      this.context.tickets.markSeen(ticket.id, ticket.messages.length);
    }
  }

  /**
   * Opens the thread at its newest entry, and follows new entries while the learner is there (not
   * when they have scrolled up to read).
   */
  override updated(): void {
    const entries = this.renderRoot.querySelectorAll('.thread > li');
    const newest = entries[entries.length - 1];
    if (!newest || entries.length === this.#entries) return;
    if (this.#atNewest || this.#entries === 0) newest.scrollIntoView({ block: 'nearest' });
    this.#entries = entries.length;
    this.#newest.disconnect();
    this.#newest.observe(newest);
  }

  /** Copies the reference and says so; where the clipboard cannot be used, selects it instead. */
  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.step.id);
      this.context.announce(msg('Reference copied.'));
    } catch {
      const reference = this.renderRoot.querySelector('#reference');
      if (reference) getSelection()?.selectAllChildren(reference);
    }
  }

  #name = (id: string) => this.context.desks.name(id, this.locale);

  #changed(previous: Ticket | null, next: Ticket): void {
    this.#markSeen();
    this.context.emit('opin-ticket-updated', {
      id: next.id,
      status: next.status,
      owner: next.owner,
      version: next.version,
    });
    if (!previous) return;
    const latest = next.timeline.length - 1;
    const what = latest >= previous.timeline.length ? describeEvent(next, latest, this.#name) : '';
    this.context.announce(
      what === ''
        ? msg('Your ticket was updated.')
        : msg(str`Your ticket was updated: ${what}.`, { desc: '1: what happened.' }),
    );
  }

  async #act(job: (signal: AbortSignal) => Promise<Ticket>, sent: ReplyState): Promise<void> {
    if (this.reply.kind === 'sending') return;
    const text = this.reply.text;
    this.reply = { kind: 'sending', text };
    this.#action = new AbortController();
    const signal = this.#action.signal;
    try {
      this.#watch.accept(await job(signal));
      this.reply = sent;
    } catch (error) {
      if (signal.aborted) return;
      const problem = describeError(error, this.locale);
      this.reply = { kind: 'failed', text, message: problem.message };
      this.context.reportError(problem.code, problem.message);
    }
  }

  #send(): void {
    const body = this.reply.text.trim();
    if (body === '') {
      this.reply = {
        kind: 'failed',
        text: this.reply.text,
        message: msg('Write your message first.'),
      };
      return;
    }
    const access = { id: this.step.id, accessToken: this.step.accessToken };
    void this.#act((signal) => this.context.client.sendMessage(access, { body }, { signal }), {
      kind: 'idle',
      text: '',
    }).then(() => {
      if (this.reply.kind === 'idle') this.context.announce(msg('Your message was sent.'));
    });
  }

  #reopen(): void {
    const access = { id: this.step.id, accessToken: this.step.accessToken };
    void this.#act((signal) => this.context.client.reopenTicket(access, { signal }), {
      ...this.reply,
      kind: 'idle',
    });
  }

  override render() {
    const state = this.#watch.state;
    const ticket = this.#watch.ticket;
    return html`
      <div class="heading">
        <h2 tabindex="-1">
          ${msg('Ticket', { desc: 'Heading; the reference follows.' })}
          <span class="reference" id="reference">${this.step.id}</span>
        </h2>
        <button
          type="button"
          class="secondary"
          aria-describedby="reference"
          @click=${() => void this.#copy()}
        >
          ${msg('Copy', { desc: 'Copies the ticket reference.' })}
        </button>
      </div>
      ${
        state.status === 'error'
          ? renderAlert(
              describeError(state.error, this.locale).message,
              html`<button type="button" class="secondary" @click=${() => this.#watch.restart()}>
                  ${msg('Try again')}
                </button>
                ${renderFallbackContact(this.context, this.locale)}`,
            )
          : nothing
      }
      ${
        // Desk names, never ids: the ticket shows once they are known (or failed to load).
        ticket && this.deskNamesKnown
          ? this.#renderTicket(ticket)
          : ticket || state.status === 'pending'
            ? html`<p class="muted">${msg('Loading…')}</p>`
            : nothing
      }
    `;
  }

  #renderHandoffNow(ticket: Ticket) {
    const now = handoffNow(ticket, this.#name);
    return now === null ? nothing : html`<p class="handoff-now">${now}</p>`;
  }

  #renderTicket(ticket: Ticket) {
    return html`
      <dl class="facts">
        <dt>${msg('Status')}</dt>
        <dd>${statusLabel(ticket.status)}</dd>
      </dl>
      ${this.#renderHandoffNow(ticket)}
      ${renderPlanCard(
        ticketPlanWords(ticket, this.#name),
        planPhase(ticket, Date.now()),
        this.locale,
      )}
      ${renderFreshness(ticket, this.locale, this.#name)}
      <h3>${msg('Messages')}</h3>
      ${renderThread(ticket, this.locale, this.#name)}
      ${renderReply({
        ticket,
        desk: this.#name(ticket.owner),
        state: this.reply,
        onInput: (text) => (this.reply = { kind: 'idle', text }),
        onSend: () => this.#send(),
        onReopen: () => this.#reopen(),
        onNew: () => this.context.navigate({ name: 'start' }),
      })}
    `;
  }
}
