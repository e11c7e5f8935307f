/**
 * The reply box under a ticket: write and send, reopen a resolved ticket, or start a new one
 * when the ticket is closed.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Ticket } from '@opin/support-sdk';
import { renderAlert } from '../../ui/alert.js';

/** The reply being written, being sent, or refused. */
export type ReplyState =
  | { kind: 'idle'; text: string }
  | { kind: 'sending'; text: string }
  | { kind: 'failed'; text: string; message: string };

/** What the reply box shows and does. */
export interface ReplyOptions {
  ticket: Ticket;
  /** The name of the desk that answers (the owner), in the UI language. */
  desk: string;
  state: ReplyState;
  onInput: (text: string) => void;
  onSend: () => void;
  onReopen: () => void;
  onNew: () => void;
}

/** The reply form, the reopen button, or the closed notice. */
export function renderReply(options: ReplyOptions): TemplateResult {
  const { ticket, state, desk } = options;
  if (ticket.status === 'closed') {
    return html`<p class="notice">
        ${msg('This ticket is closed. If you still need help, please send a new ticket.')}
      </p>
      <div class="actions">
        <button type="button" class="secondary" @click=${options.onNew}>
          ${msg('Ask something new')}
        </button>
      </div>`;
  }
  const sending = state.kind === 'sending';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    options.onSend();
  };
  return html`<form novalidate @submit=${submit}>
    ${
      ticket.status === 'resolved'
        ? html`<p class="notice">
              ${msg('This ticket is resolved. If you still need help, reopen it or write a reply.')}
            </p>
            <div class="actions">
              <button
                type="button"
                class="secondary"
                aria-disabled=${sending ? 'true' : 'false'}
                @click=${options.onReopen}
              >
                ${msg('Reopen ticket')}
              </button>
            </div>`
        : nothing
    }
    <div class="field">
      <label for="reply">
        ${msg(str`Reply to ${desk}`, { desc: 'Reply box label. 1: desk name.' })}
      </label>
      <textarea
        id="reply"
        lang=${ticket.language}
        aria-invalid=${state.kind === 'failed' ? 'true' : 'false'}
        .value=${live(state.text)}
        @input=${(event: Event) => options.onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    ${state.kind === 'failed' ? renderAlert(state.message) : nothing}
    <div class="actions">
      <button type="submit" class="primary" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? msg('Sending…') : msg('Send reply')}
      </button>
    </div>
  </form>`;
}
