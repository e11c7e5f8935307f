/**
 * `<dc-error-alert>`: the alert region showing the last failed action with the server's error
 * code and message. It has `role="alert"` only while it shows an error.
 * @internal
 */
import { html, nothing } from 'lit';
import type { ErrorReport } from '../describe-error.js';
import { LightElement } from '../light-element.js';

/** Shows one {@link ErrorReport}; fires `dc-dismiss` when the person closes it. */
export class ErrorAlert extends LightElement {
  static override properties = { report: { attribute: false } };
  /** The error to show; nothing is rendered without one. */
  declare report: ErrorReport | undefined;

  constructor() {
    super();
    this.report = undefined;
  }

  override render() {
    const report = this.report;
    if (!report) return nothing;
    const status = report.status === undefined ? '' : ` (HTTP ${report.status})`;
    return html`<div role="alert" class="alert">
      <p>
        <strong>Error:</strong> ${report.action} failed —
        <code class="error-code">${report.code}</code>${status}
      </p>
      <p class="error-message">${report.message}</p>
      ${
        report.details.length > 0
          ? html`<ul>
              ${report.details.map((detail) => html`<li>${detail}</li>`)}
            </ul>`
          : nothing
      }
      <button type="button" @click=${this.#dismiss}>Dismiss</button>
    </div>`;
  }

  #dismiss = () => {
    this.dispatchEvent(new Event('dc-dismiss', { bubbles: true, composed: true }));
  };
}
