/**
 * A moment as the learner reads it: a `<time datetime>` element, formatted in the UI language.
 * @internal
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '@opin/support-sdk';
import { formatDateTime } from '../text/dates.js';

/** A `<time>` element for an ISO timestamp, formatted in `locale`. */
export function renderTime(iso: string, locale: Locale): TemplateResult {
  return html`<time datetime=${iso}>${formatDateTime(iso, locale)}</time>`;
}
