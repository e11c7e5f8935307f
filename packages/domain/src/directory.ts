/**
 * Look-ups in one deployment's config: desks, topics and articles by id. The rules get the
 * directory from their context (`RuleContext`, `DomainEnv`), so one process may serve any config.
 * @internal
 */
import type { Locale } from '@opin/support-sdk/schemas';
import type { SeedArticle, SeedDesk, SeedTopic } from './demo-config/types.js';
import type { SupportConfig } from './support-config.js';

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** A config with its look-ups by id. */
export class Directory {
  readonly desks: readonly SeedDesk[];
  readonly topics: readonly SeedTopic[];
  readonly articles: readonly SeedArticle[];
  readonly #desks: ReadonlyMap<string, SeedDesk>;
  readonly #topics: ReadonlyMap<string, SeedTopic>;
  readonly #articles: ReadonlyMap<string, SeedArticle>;

  constructor(config: SupportConfig) {
    this.desks = config.desks;
    this.topics = config.topics;
    this.articles = config.articles;
    this.#desks = byId(config.desks);
    this.#topics = byId(config.topics);
    this.#articles = byId(config.articles);
  }

  /** The desk with this id, or `undefined`. */
  findDesk(id: string): SeedDesk | undefined {
    return this.#desks.get(id);
  }

  /** The topic with this id, or `undefined`. */
  findTopic(id: string): SeedTopic | undefined {
    return this.#topics.get(id);
  }

  /** The article with this id, or `undefined`. */
  findArticle(id: string): SeedArticle | undefined {
    return this.#articles.get(id);
  }

  /** The desk with this id; throws if there is none (a bug: ids are validated on the way in). */
  requireDesk(id: string): SeedDesk {
    const desk = this.findDesk(id);
    if (!desk) throw new Error(`Unknown desk ${id}.`);
    return desk;
  }
}

/** Whether the desk answers learners in this language. */
export function deskServes(desk: SeedDesk, language: Locale): boolean {
  return desk.languages.includes(language);
}

/** The language a desk works in (its first listed language): e-mails to it use it where they can. */
export function workingLanguage(desk: SeedDesk): Locale {
  return desk.languages[0] ?? 'en';
}

/** Whether `address` is `expected`: e-mail addresses compare without case or surrounding space. */
export function isAddress(address: string, expected: string): boolean {
  return address.trim().toLowerCase() === expected.trim().toLowerCase();
}

/** The address hand-offs to this desk are e-mailed to, if it is an e-mail desk. */
export function emailAddressOf(desk: SeedDesk): string | undefined {
  return desk.integration === 'email' ? desk.deskEmail : undefined;
}
