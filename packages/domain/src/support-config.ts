/**
 * What one deployment serves: its desks, topics and self-help articles. The mock serves the demo
 * config (`./demo-config/`); the server loads one from a config directory and checks it with the
 * schemas of `./config-schemas/`.
 * @internal
 */
import type { SeedArticle, SeedDesk, SeedTopic } from './demo-config/types.js';

/** The desks, topics and articles of one deployment, in the order they are listed. */
export interface SupportConfig {
  readonly desks: readonly SeedDesk[];
  readonly topics: readonly SeedTopic[];
  readonly articles: readonly SeedArticle[];
}
