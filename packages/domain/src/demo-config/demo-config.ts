/**
 * The demo config as one object: what the mock serves and what the server serves with `--demo`.
 * @internal
 */
import type { SupportConfig } from '../support-config.js';
import { articles } from './articles.js';
import { desks } from './desks.js';
import { topics } from './topics.js';

/** The demo's desks, topics and articles. */
export const demoConfig: SupportConfig = { desks, topics, articles };
