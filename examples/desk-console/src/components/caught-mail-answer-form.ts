/**
 * `<dc-caught-mail-answer-form>`: in `pnpm demo`, an e-mail desk answers the newest caught e-mail
 * about the ticket as its mail client would — a real SMTP message, sent by the mail catcher to the
 * support server's inbound port, to the e-mail's Reply-To (else its From), `Re: ` + its subject,
 * In-Reply-To its Message-ID. The server's SMTP answer (accepted, or the code and text of a
 * refusal) is said in a live region.
 * @internal
 */
import { html, nothing } from 'lit';
import type { DeskTicket } from '@opin/support-sdk/desk';
import { answerableAbout, type DeskMail } from '../desk-mail.js';
import { requestAction } from '../events.js';
import { formText } from '../form-text.js';
import { LightElement } from '../light-element.js';
import { formatTime } from '../local-time.js';
import type { SmtpAnswer } from '../mail-catcher-client.js';

/** "Answer by e-mail" over SMTP for one ticket. */
export class CaughtMailAnswerForm extends LightElement {
  static override properties = {
    ticket: { attribute: false },
    deskEmail: { attribute: false },
    inbox: { attribute: false },
    result: { state: true },
  };
  declare ticket: DeskTicket | undefined;
  /** The played desk's address; the answer comes from it. */
  declare deskEmail: string;
  /** Caught e-mails to the desk, newest first. */
  declare inbox: readonly DeskMail[];
  /** The server's answer to the last e-mail sent from this form. */
  declare result: SmtpAnswer | undefined;

  constructor() {
    super();
    this.ticket = undefined;
    this.deskEmail = '';
    this.inbox = [];
    this.result = undefined;
  }

  override render() {
    const t = this.ticket;
    if (!t) return nothing;
    const mail = answerableAbout(this.inbox, t.id);
    return html`${mail ? this.#form(mail) : html`<p class="empty">No caught e-mail about ${t.id} to answer yet.</p>`}
      <div class="mail-result" role="status">${this.#result()}</div>`;
  }

  #form(mail: DeskMail) {
    const to = mail.caught?.replyTo ?? mail.from;
    const subject = /^re:/i.test(mail.subject) ? mail.subject : `Re: ${mail.subject}`;
    return html`<form class="stack" @submit=${(event: SubmitEvent) => this.#submit(event, mail)}>
      <dl class="mail-headers">
        <dt>From</dt>
        <dd><code>${this.deskEmail}</code></dd>
        <dt>To</dt>
        <dd><code>${to}</code></dd>
        <dt>Subject</dt>
        <dd><bdi>${subject}</bdi></dd>
      </dl>
      <label
        >Reply text <textarea name="body" rows="5" required maxlength="10000"></textarea>
      </label>
      <p class="hint">
        Sent over SMTP to the support server's inbound port, as an answer to the e-mail of
        <time datetime=${mail.at}>${formatTime(mail.at)}</time> (In-Reply-To its Message-ID). A
        reply to a pending hand-off accepts it: for a consult the text becomes the internal answer,
        for a transfer the message to the learner. A keyword on the first line, in Finnish, Swedish
        or English, asks for more: <code>HYVÄKSY</code> accepts, <code>HYLKÄÄ</code> declines,
        <code>RATKAISTU</code> (or <code>RESOLVED</code>) resolves; the rest is the answer.
      </p>
      <button type="submit" class="primary">Answer by e-mail</button>
    </form>`;
  }

  #result() {
    const result = this.result;
    if (result === undefined) return nothing;
    if (result.accepted) {
      return html`<p class="accepted">
        The support server accepted the e-mail: <code>${result.response}</code>
      </p>`;
    }
    return html`<p class="refused">
      <strong>Refused by the support server (${result.code}):</strong>
      <code>${result.response}</code>
    </p>`;
  }

  #submit(event: SubmitEvent, mail: DeskMail): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = formText(new FormData(form), 'body');
    const messageId = mail.caught?.messageId ?? '';
    const from = this.deskEmail;
    this.result = undefined;
    requestAction(this, {
      label: 'Answer by e-mail',
      perform: async (services) => {
        if (!services.catcher) throw new Error('The console has no mail catcher (?mail=).');
        this.result = await services.catcher.answer({ messageId, from, text });
      },
      // The live region above says what the server answered.
      success: '',
      onSuccess: () => {
        if (this.result?.accepted) form.reset();
      },
    });
  }
}
