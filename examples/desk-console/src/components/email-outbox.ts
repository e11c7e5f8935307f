/**
 * `<dc-email-outbox>`: the e-mails the backend sent to the played e-mail desk (from the mock
 * server's outbox, or `pnpm demo`'s mail catcher with their Reply-To), newest first.
 * @internal
 */
import { html, nothing } from 'lit';
import type { DeskMail } from '../desk-mail.js';
import { OpenTicketEvent } from '../events.js';
import { formatTime } from '../local-time.js';
import { LightElement } from '../light-element.js';

/** The desk's inbox, as the mock server's outbox shows it. */
export class EmailOutbox extends LightElement {
  static override properties = {
    emails: { attribute: false },
    deskEmail: { attribute: false },
  };
  /** E-mails addressed to the desk, newest first. */
  declare emails: readonly DeskMail[];
  declare deskEmail: string;

  constructor() {
    super();
    this.emails = [];
    this.deskEmail = '';
  }

  override render() {
    if (this.emails.length === 0) {
      return html`<p class="empty">No e-mails to ${this.deskEmail} yet.</p>`;
    }
    return html`<ol class="mails">
      ${this.emails.map(
        (email) =>
          html`<li class="mail">
            <h3><bdi>${email.subject}</bdi></h3>
            <p class="mail-meta">
              From ${email.from} to ${email.to},
              <time datetime=${email.at}>${formatTime(email.at)}</time>${
                email.caught?.replyTo ? html`; reply to ${email.caught.replyTo}` : nothing
              }
            </p>
            <pre class="mail-body">${email.body}</pre>
            ${
              email.ticketId === ''
                ? nothing
                : html`<button
                    type="button"
                    @click=${() => this.dispatchEvent(new OpenTicketEvent(email.ticketId))}
                  >
                    Open ${email.ticketId}
                  </button>`
            }
          </li>`,
      )}
    </ol>`;
  }
}
