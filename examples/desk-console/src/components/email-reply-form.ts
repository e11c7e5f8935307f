/**
 * `<dc-email-reply-form>`: an e-mail desk answers by e-mail. The reply goes through the inbound
 * e-mail bridge (`receiveEmail`), as the desk's mail server would send it.
 * @internal
 */
import { html } from 'lit';
import type { DeskTicket } from '@opin/support-sdk/desk';
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import { replySubject } from '../email-subject.js';
import { requestAction } from '../events.js';
import { LightElement } from '../light-element.js';
import { formText } from '../form-text.js';

/** "Answer by e-mail" for one ticket. */
export class EmailReplyForm extends LightElement {
  static override properties = {
    ticket: { attribute: false },
    deskEmail: { attribute: false },
    inbox: { attribute: false },
  };
  declare ticket: DeskTicket | undefined;
  /** The played desk's address; the reply comes from it. */
  declare deskEmail: string;
  /** E-mails to the desk, newest first (for the subject to reply to). */
  declare inbox: readonly OutboxEmail[];

  constructor() {
    super();
    this.ticket = undefined;
    this.deskEmail = '';
    this.inbox = [];
  }

  override render() {
    const t = this.ticket;
    if (!t) return html``;
    return html`<form class="stack" @submit=${this.#submit}>
      <p>From <code>${this.deskEmail}</code></p>
      <label>Subject <input name="subject" required value=${replySubject(t, this.inbox)} /></label>
      <label>Reply text <textarea name="body" rows="5" maxlength="10000"></textarea></label>
      <p class="hint">
        The subject must keep the reply tag of the e-mail the desk got: [${t.id} #…], the reference
        and a token made for this desk (the reference alone is refused). A reply to a pending
        hand-off accepts it: for a consult the text becomes the internal answer, for a transfer the
        message to the learner (taken to be in the ticket's language). Once the desk owns the
        ticket, each reply is a message to the learner. A keyword on the first line, in Finnish,
        Swedish or English, asks for more: <code>HYVÄKSY</code> accepts,
        <code>HYLKÄÄ</code> declines, <code>RATKAISTU</code> (or <code>RESOLVED</code>) resolves,
        <code>KYSY OPIN</code> and <code>SIIRRÄ OPIN</code> hand the desk's own ticket to Opin.fi;
        the rest of the reply is the answer, reason or note. Quoted lines (<code>&gt; …</code>) are
        dropped.
      </p>
      <button type="submit" class="primary">Answer by e-mail</button>
    </form>`;
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const subject = formText(data, 'subject');
    const body = formText(data, 'body');
    const from = this.deskEmail;
    requestAction(this, {
      label: 'Answer by e-mail',
      perform: (s) => s.desk.receiveEmail({ from, subject, body }),
      success: 'Reply e-mail received by the inbound bridge.',
      onSuccess: () => form.reset(),
    });
  };
}
