/**
 * Another way to reach support when the support service cannot be reached: the page's
 * `fallback-contact` (an `https:` URL or an e-mail address), else Opin.fi support's public page in
 * the UI language. Shown where the learner is stopped: the topics did not load, the ticket was not
 * sent, or the ticket view cannot reach the service.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '@opin/support-sdk';
import type { PanelContext } from '../context.js';

/** Where Opin.fi support's public page is in each language on `https://opin.fi/`. */
const helpPaths: Readonly<Record<Locale, string>> = { fi: 'tuki', sv: 'sv/stod', en: 'en/support' };

/**
 * Opin.fi support's public page in `locale` (the Finnish one is the seed's `opin` contact URL):
 * the footer links it, and the learner's e-mails link the same paths.
 */
export function opinHelpUrl(locale: Locale): string {
  return `https://opin.fi/${helpPaths[locale]}`;
}

/**
 * Where `value` links to: an e-mail address (with or without `mailto:`) as a `mailto:` link, an
 * `https:` URL as it is; anything else (another scheme, a relative URL) gives Opin.fi support's
 * page in `locale` instead.
 */
function contactHref(value: string | null, locale: Locale): string {
  const text = value?.trim() ?? '';
  const address = text.replace(/^mailto:/i, '');
  if (/^[^\s@/:?]+@[^\s@/:?]+\.[^\s@/:?]+$/.test(address)) return `mailto:${address}`;
  return /^https:\/\/[^\s/?#]+\.\S*$/i.test(text) ? text : opinHelpUrl(locale);
}

/** "If the problem continues, you can also reach support here: <link>." */
export function renderFallbackContact(context: PanelContext, locale: Locale): TemplateResult {
  const href = contactHref(context.config.fallbackContact, locale);
  // The link shows the address, or the page without its scheme and trailing slash.
  const label = href.replace(/^(mailto:|https:\/\/)|\/$/gi, '');
  return html`<p class="fallback-contact">
    ${msg('If the problem continues, you can also reach support here:', { desc: 'A link follows.' })}
    <a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>
  </p>`;
}
