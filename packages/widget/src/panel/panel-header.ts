/**
 * The panel's header, one compact row in every language: its title, the language switch (FI · SV
 * · EN, each named in full in its own language) and, in launcher mode, the close button.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@opin/support-sdk';
import { autonyms, uiLocales } from './text/languages.js';

/** What the header shows and does. */
export interface HeaderOptions {
  /** The panel's title (`panel.component.ts`: the receiving desk on an institution's portal). */
  title: string;
  locale: Locale;
  closable: boolean;
  /** Whether to show the language switch (inline mode may leave it to the page's own). */
  languageSwitch: boolean;
  onLocale: (locale: Locale) => void;
  onClose: () => void;
}

/**
 * The header (part `header`). In the dialog (launcher mode) it stays in place above the scrolling
 * body and footer (never over them, so nothing focused there hides under it), so the language
 * switch and the close button are always in reach. Each language button shows its code and is
 * named by it and the language's own name ("FI Suomi"), so a learner who says or sees "FI" finds
 * it; the pressed one is filled, unlike the focus ring.
 */
export function renderHeader(options: HeaderOptions): TemplateResult {
  return html`<header part="header">
    <p class="title">${options.title}</p>
    ${
      options.languageSwitch
        ? html`<div class="languages" role="group" aria-label=${msg('Language')}>
            ${uiLocales.map(
              (locale) =>
                html`<button
                  type="button"
                  lang=${locale}
                  aria-pressed=${locale === options.locale ? 'true' : 'false'}
                  @click=${() => options.onLocale(locale)}
                >
                  ${locale.toUpperCase()}<span class="visually-hidden"> ${autonyms[locale]}</span>
                </button>`,
            )}
          </div>`
        : nothing
    }
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
