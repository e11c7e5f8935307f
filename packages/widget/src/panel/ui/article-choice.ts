/**
 * One article in a list of choices: its title and summary in the article's own language (`lang`)
 * and, when that is not the UI language, a label naming it in the UI language ("på finska").
 * @internal
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Article, Locale } from '@opin/support-sdk';
import { inLanguage } from '../text/languages.js';

/** The language label's look: a small outlined tag after the title. */
export const articleChoiceStyles = css`
  .lang {
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border: 1px solid;
    border-radius: 0.4em;
    font-size: 0.85em;
    font-weight: normal;
    white-space: nowrap;
  }
`;

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
      ${other ? html`<span class="lang">${inLanguage(article.locale)}</span>` : nothing}
      <span class="summary" lang=${article.locale}>${article.summary}</span>
    </button>
  </li>`;
}
