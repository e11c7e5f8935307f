/**
 * An article body as text: paragraphs split on blank lines into `<p>`, links only from the
 * article's structured `links` with `https:` URLs. Nothing is ever parsed as HTML.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article } from '@opin/support-sdk';

/** True for an absolute `https:` URL. */
export function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The body's paragraphs (blank-line separated), trimmed, empty ones dropped. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** The body as `<p>` elements followed by its safe links. */
export function renderArticleBody(article: Article): TemplateResult {
  const links = (article.links ?? []).filter((link) => isHttpsUrl(link.url));
  return html`${paragraphsOf(article.body).map((paragraph) => html`<p>${paragraph}</p>`)}
  ${
    links.length === 0
      ? nothing
      : html`<ul class="links">
          ${links.map(
            (link) =>
              html`<li>
                <a href=${link.url} target="_blank" rel="noopener noreferrer">${link.label}</a>
              </li>`,
          )}
        </ul>`
  }`;
}
