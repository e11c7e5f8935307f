/**
 * Self-help articles: search (case- and diacritic-insensitive), filters, and locale fallback
 * (requested, then en, fi, sv) with the article's real `locale` and `availableLocales`.
 * @internal
 */
import { locales, type Article, type Locale, type Topic } from '@opin/support-sdk/schemas';
import type { SeedArticle, SeedTopic } from './demo-config/types.js';
import type { Directory } from './directory.js';

/** What `GET /articles` may filter by. */
export interface ArticleFilter {
  locale?: Locale | undefined;
  q?: string | undefined;
  topic?: string | undefined;
  institution?: string | undefined;
}

const FALLBACK_ORDER: readonly Locale[] = ['en', 'fi', 'sv'];

/** Lower case, without diacritics: `Åbo` and `abo` match. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One article in the requested locale, or in the first fallback that exists. */
export function localizeArticle(article: SeedArticle, requested: Locale): Article | undefined {
  const locale = [requested, ...FALLBACK_ORDER].find((l) => article.translations[l] !== undefined);
  const text = locale ? article.translations[locale] : undefined;
  if (!locale || !text) return undefined;
  const view: Article = {
    id: article.id,
    locale,
    availableLocales: locales.filter((l) => article.translations[l] !== undefined),
    title: text.title,
    summary: text.summary,
    body: text.body,
    topicIds: [...article.topicIds],
  };
  if (text.links) view.links = text.links.map((link) => ({ ...link }));
  if (article.institutionId !== undefined) view.institutionId = article.institutionId;
  return view;
}

/**
 * Every article matching the filter, in config order (no paging in v1): general articles, and an
 * institution's own only when the filter names that institution.
 */
export function searchArticles(directory: Directory, filter: ArticleFilter): Article[] {
  const words = foldForSearch(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const results: Article[] = [];
  for (const article of directory.articles) {
    if (filter.topic !== undefined && !article.topicIds.includes(filter.topic)) continue;
    // An institution's own article is for its learners only: never listed without it.
    if (article.institutionId !== undefined && article.institutionId !== filter.institution) {
      continue;
    }
    const view = localizeArticle(article, filter.locale ?? 'fi');
    if (!view) continue;
    const haystack = foldForSearch(`${view.title}\n${view.summary}\n${view.body}`);
    if (words.every((word) => haystack.includes(word))) results.push(view);
  }
  return results;
}

/** A topic in one locale. */
export function localizeTopic(topic: SeedTopic, locale: Locale): Topic {
  return {
    id: topic.id,
    kind: topic.kind,
    owner: topic.owner,
    requiresInstitution: topic.requiresInstitution,
    title: topic.title[locale],
    summary: topic.summary[locale],
    locale,
  };
}

/** Every topic in one locale. */
export function listTopics(directory: Directory, locale: Locale): Topic[] {
  return directory.topics.map((topic) => localizeTopic(topic, locale));
}
