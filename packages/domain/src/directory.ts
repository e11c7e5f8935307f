/**
 * Look-ups in the seed: desks, topics and articles by id.
 * @internal
 */
import type { Locale } from '@opin/support-sdk/schemas';
import { articles, findDesk, topics } from './demo-config/index.js';
import type { SeedArticle, SeedDesk, SeedTopic } from './demo-config/types.js';

const topicsById: ReadonlyMap<string, SeedTopic> = new Map(topics.map((t) => [t.id, t]));
const articlesById: ReadonlyMap<string, SeedArticle> = new Map(articles.map((a) => [a.id, a]));

export { findDesk };

/** The topic with this id, or `undefined`. */
export function findTopic(id: string): SeedTopic | undefined {
  return topicsById.get(id);
}

/** The article with this id, or `undefined`. */
export function findArticle(id: string): SeedArticle | undefined {
  return articlesById.get(id);
}

/** The desk with this id; throws if the seed has none (a bug: ids are validated on the way in). */
export function requireDesk(id: string): SeedDesk {
  const desk = findDesk(id);
  if (!desk) throw new Error(`Unknown desk ${id}.`);
  return desk;
}

/** Whether the desk answers learners in this language. */
export function deskServes(desk: SeedDesk, language: Locale): boolean {
  return desk.languages.includes(language);
}

/** The language a desk works in (its first listed language): e-mails to it use it where they can. */
export function workingLanguage(desk: SeedDesk): Locale {
  return desk.languages[0] ?? 'en';
}

/** The address hand-offs to this desk are e-mailed to, if it is an e-mail desk. */
export function emailAddressOf(desk: SeedDesk): string | undefined {
  return desk.integration === 'email' ? desk.deskEmail : undefined;
}
