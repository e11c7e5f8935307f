/**
 * Smaller parts of the ticket form: the error summary, the honeypot, the storage notice and the
 * send button.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderAlert } from '../../ui/alert.js';

/** An alert counting the fields to fix (only after a send was stopped by them). */
export function renderErrorSummary(count: number): TemplateResult | typeof nothing {
  if (count === 0) return nothing;
  return renderAlert(
    count === 1
      ? msg('Please check the field marked below.')
      : msg(str`Please check the ${count} fields marked below.`),
  );
}

/** The `website` trap for bots: off-screen, out of the tab order and hidden from assistive tech. */
export function renderHoneypot(value: string, onInput: (value: string) => void): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for="website">${msg('Leave this field empty')}</label>
    <input
      id="website"
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      .value=${live(value)}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** Says that drafts are not kept, when the browser refuses storage. */
export function renderStorageNotice(persistent: boolean): TemplateResult | typeof nothing {
  if (persistent) return nothing;
  return html`<p class="notice">
    ${msg(
      'Your browser does not let us save drafts, so your text is kept only while this page is open.',
    )}
  </p>`;
}

/** The send button: stays focusable while sending (`aria-disabled`), so focus is never lost. */
export function renderSendButton(sending: boolean): TemplateResult {
  return html`<div class="actions">
    <button type="submit" class="primary" aria-disabled=${sending ? 'true' : 'false'}>
      ${sending ? msg('Sending…') : msg('Send ticket')}
    </button>
  </div>`;
}
