/**
 * The panel's footer: a short privacy statement and a link to Opin.fi's help pages in the UI
 * language.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '@opin/support-sdk';
import { opinHelpUrl } from './ui/fallback-contact.js';

/** The footer (part `footer`) of a panel in `locale`. */
export function renderFooter(locale: Locale): TemplateResult {
  const href = opinHelpUrl(locale);
  return html`<footer part="footer">
    <p>
      ${msg('Only the support desks that handle your ticket see what you send.')}
      <a href=${href} target="_blank" rel="noopener noreferrer">${msg('Opin.fi help pages')}</a>
    </p>
  </footer>`;
}
