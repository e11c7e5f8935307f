/**
 * Another way to reach support when the support service cannot be reached: the page's
 * `fallback-contact` (an `https:` URL or an e-mail address), else Opin.fi support's public contact
 * page. Shown where the learner is stopped: the topics did not load, or the ticket was not sent.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { PanelContext } from '../context.js';

/** Opin.fi support's public contact page (the seed's `opin` contact URL; the footer links it too). */
export const opinContactUrl = 'https://opin.fi/tuki';

/**
 * Where `value` links to: an e-mail address (with or without `mailto:`) as a `mailto:` link, an
 * `https:` URL as it is; anything else (another scheme, a relative URL) gives Opin.fi support's
 * page instead.
 */
function contactHref(value: string | null): string {
  const text = value?.trim() ?? '';
  const address = text.replace(/^mailto:/i, '');
  if (/^[^\s@/:?]+@[^\s@/:?]+\.[^\s@/:?]+$/.test(address)) return `mailto:${address}`;
  return /^https:\/\/[^\s/?#]+\.\S*$/i.test(text) ? text : opinContactUrl;
}

/** "If the problem continues, you can also reach support here: <link>." */
export function renderFallbackContact(context: PanelContext): TemplateResult {
  const href = contactHref(context.config.fallbackContact);
  // The link shows the address, or the page without its scheme and trailing slash.
  const label = href.replace(/^(mailto:|https:\/\/)|\/$/gi, '');
  return html`<p class="fallback-contact">
    ${msg('If the problem continues, you can also reach support here:', { desc: 'A link follows.' })}
    <a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>
  </p>`;
}
