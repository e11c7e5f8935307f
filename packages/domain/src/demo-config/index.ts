/**
 * Seed data of the mock server: desks, topics and self-help articles.
 * @internal
 */
export type { SeedArticle, SeedArticleText, SeedDesk, SeedTopic } from './types.js';
export * from './desks.js';
export * from './topics.js';
export * from './articles.js';
