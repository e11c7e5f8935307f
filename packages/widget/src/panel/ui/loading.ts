/**
 * Renders a {@link LoadState}: a loading line, the content, or an error with a retry button.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@opin/support-sdk';
import type { LoadState } from '../data/load-state.js';
import { describeError } from '../text/errors.js';
import { renderAlert } from './alert.js';

/** The rendered state: `complete` gets the value, `error` an alert with "Try again". */
export function renderLoad<T>(
  state: LoadState<T>,
  locale: Locale,
  complete: (value: T) => TemplateResult | typeof nothing,
  retry: () => void,
): TemplateResult | typeof nothing {
  switch (state.status) {
    case 'initial':
      return nothing;
    case 'pending':
      return html`<p class="muted">${msg('Loading…')}</p>`;
    case 'complete':
      return complete(state.value);
    case 'error':
      return renderAlert(
        describeError(state.error, locale).message,
        html`<button type="button" class="secondary" @click=${retry}>${msg('Try again')}</button>`,
      );
  }
}
