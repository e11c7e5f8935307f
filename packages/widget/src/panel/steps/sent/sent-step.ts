/**
 * Step 5, Sent: the reference, the who-answers card (who answers, in which language, by when), and
 * where updates arrive.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { ticketPlanWords } from '../../text/plan.js';
import { renderPlanCard } from '../../ui/plan-card.js';
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
    this.followDeskNames();
  }

  override render() {
    const { id, contact } = this.step.ticket;
    const email = contact.email;
    const name = (desk: string) => this.context.desks.name(desk, this.locale);
    return html`
      <h2 tabindex="-1">${msg('Thank you, your ticket has been sent')}</h2>
      <p>
        ${msg('Your reference:')}
        <span class="reference">${id}</span>
      </p>
      ${
        // Desk names, never ids: the card waits for them (a moment, if the preview did not load them).
        this.deskNamesKnown
          ? renderPlanCard(ticketPlanWords(this.step.ticket, name), 'due', this.locale)
          : nothing
      }
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
