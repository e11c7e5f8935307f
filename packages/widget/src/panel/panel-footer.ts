/**
 * The panel's footer: a short privacy statement and a link to Opin.fi's help pages.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { opinContactUrl as helpUrl } from './ui/fallback-contact.js';

/** The footer (part `footer`). */
export function renderFooter(): TemplateResult {
  return html`<footer part="footer">
    <p>
      ${msg('Only the support desks that handle your ticket see what you send.')}
      <a href=${helpUrl} target="_blank" rel="noopener noreferrer">${msg('Opin.fi help pages')}</a>
    </p>
  </footer>`;
}
