/**
 * Step 5, Sent: the reference, who answers, in which language, by when, and where updates arrive.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { css, html } from 'lit';
import { withinHours } from '../../text/dates.js';
import { inLanguage } from '../../text/languages.js';
import type { StepOf } from '../shared/step.js';
import { StepElement } from '../shared/step-element.js';

/** The confirmation after sending. */
export class SentStep extends StepElement<StepOf<'sent'>> {
  static override styles = [
    ...StepElement.styles,
    css`
      .reference {
        font-size: 1.25em;
        font-weight: 700;
        letter-spacing: 0.02em;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.context.desks.desks().then(
      () => this.requestUpdate(),
      () => undefined,
    );
  }

  #whoAnswers(): string {
    const language = inLanguage(this.step.ticket.language);
    const answering = this.context.desks.name(
      this.step.preview?.answeringDesk ?? this.step.ticket.owner,
      this.locale,
    );
    if (!this.step.preview) {
      return msg(str`${answering} will answer you ${language}.`, {
        desc: '1: desk name, 2: e.g. "in Swedish".',
      });
    }
    const time = withinHours(this.step.preview.expectedResponseHours);
    return msg(str`${answering} will answer you ${language}, usually ${time}.`, {
      desc: '1: desk name, 2: e.g. "in Swedish", 3: e.g. "within 2 days".',
    });
  }

  override render() {
    const { id, contact } = this.step.ticket;
    const email = contact.email;
    return html`
      <h2 tabindex="-1">${msg('Thank you, your ticket has been sent')}</h2>
      <p>
        ${msg('Your reference:')}
        <span class="reference">${id}</span>
      </p>
      <p>${this.#whoAnswers()}</p>
      <p>
        ${msg(
          str`We send the answer and any updates to ${email}. You can also follow your ticket here.`,
          { desc: '1: the learner’s e-mail address.' },
        )}
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          @click=${() =>
            this.context.navigate({ name: 'ticket', id, accessToken: this.step.accessToken })}
        >
          ${msg('Follow your ticket')}
        </button>
      </div>
    `;
  }
}
