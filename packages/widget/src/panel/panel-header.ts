/**
 * The panel's header: its title, the language switch (each language named in itself, always in
 * reach) and, in launcher mode, the close button.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@opin/support-sdk';
import { autonyms, uiLocales } from './text/languages.js';

/** What the header shows and does. */
export interface HeaderOptions {
  locale: Locale;
  closable: boolean;
  onLocale: (locale: Locale) => void;
  onClose: () => void;
}

/**
 * The header (part `header`). In the dialog (launcher mode) it stays pinned while the body scrolls,
 * so the language switch and the close button are always in reach.
 */
export function renderHeader(options: HeaderOptions): TemplateResult {
  return html`<header part="header" class=${options.closable ? 'pinned' : ''}>
    <p class="title">
      ${msg('Opin.fi support', {
        id: 'panel.title',
        desc: 'Panel title and dialog name; src/host-strings.ts says the same.',
      })}
    </p>
    <div class="languages" role="group" aria-label=${msg('Language')}>
      ${uiLocales.map(
        (locale, index) =>
          html`${index > 0 ? html`<span aria-hidden="true">·</span>` : nothing}
            <button
              type="button"
              lang=${locale}
              aria-pressed=${locale === options.locale ? 'true' : 'false'}
              @click=${() => options.onLocale(locale)}
            >
              ${autonyms[locale]}
            </button>`,
      )}
    </div>
    ${
      options.closable
        ? html`<button
            type="button"
            class="close"
            aria-label=${msg('Close')}
            @click=${options.onClose}
          >
            <span aria-hidden="true">×</span>
          </button>`
        : nothing
    }
  </header>`;
}
