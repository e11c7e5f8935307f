/**
 * One article in a list of choices: its title and summary, in the article's own language.
 * @internal
 */
import { html, type TemplateResult } from 'lit';
import type { Article } from '@opin/support-sdk';

/** A list item with a button that opens `article`. */
export function renderArticleChoice(article: Article, open: () => void): TemplateResult {
  return html`<li>
    <button type="button" class="choice" @click=${open}>
      <span lang=${article.locale}>${article.title}</span>
      <span class="summary" lang=${article.locale}>${article.summary}</span>
    </button>
  </li>`;
}
