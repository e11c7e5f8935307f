/**
 * The demo config: the desks, topics and self-help articles the mock server serves (its seed data)
 * and the server serves with `--demo`.
 * @internal
 */
export type { SeedArticle, SeedArticleText, SeedDesk, SeedTopic } from './types.js';
export * from './desks.js';
export * from './topics.js';
export * from './articles.js';
export * from './demo-config.js';
export * from './demo-directory.js';
