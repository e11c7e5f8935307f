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

/** A contact as a link: where it goes and what it shows. */
export interface ContactLink {
  href: string;
  label: string;
}

/**
 * `value` as a link: an e-mail address (with or without `mailto:`) as a `mailto:` link showing
 * the address; an `https:` URL showing itself without the scheme. Anything else (another scheme,
 * a relative URL) is null, so the caller falls back.
 */
export function contactLink(value: string | null | undefined): ContactLink | null {
  const text = value?.trim() ?? '';
  const address = text.replace(/^mailto:/i, '');
  if (/^[^\s@/:?]+@[^\s@/:?]+\.[^\s@/:?]+$/.test(address)) {
    return { href: `mailto:${address}`, label: address };
  }
  return /^https:\/\/[^\s/?#]+\.\S*$/i.test(text)
    ? { href: text, label: text.slice(8).replace(/\/$/, '') }
    : null;
}

/** "If the problem continues, you can also reach support here: <link>." */
export function renderFallbackContact(context: PanelContext): TemplateResult {
  // The page's `fallback-contact` if usable, else Opin.fi support's page.
  const { href, label } = contactLink(context.config.fallbackContact) ?? {
    href: opinContactUrl,
    label: 'opin.fi/tuki',
  };
  return html`<p class="fallback-contact">
    ${msg('If the problem continues, you can also reach support here:', { desc: 'A link follows.' })}
    <a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>
  </p>`;
}
