/**
 * One article in a list of choices: its title and summary in the article's own language (`lang`)
 * and, when that is not the UI language, a label naming it in the UI language ("på finska"), in
 * italics under the title.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Locale } from '@opin/support-sdk';
import { inLanguage } from '../text/languages.js';

/** A list item with a button that opens `article`, for a panel in `locale`. */
export function renderArticleChoice(
  article: Article,
  locale: Locale,
  open: () => void,
): TemplateResult {
  const other = article.locale !== locale;
  return html`<li>
    <button type="button" class="choice" @click=${open}>
      <span lang=${article.locale}>${article.title}</span>
      ${other ? html`<i class="summary lang">${inLanguage(article.locale)}</i>` : nothing}
      <span class="summary" lang=${article.locale}>${article.summary}</span>
    </button>
  </li>`;
}
