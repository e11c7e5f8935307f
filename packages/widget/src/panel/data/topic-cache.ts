/**
 * The topics in each UI language, loaded once per language and shared by the steps (a failed
 * load is tried again next time).
 * @internal
 */
import type { Locale, SupportClient, Topic } from '@opin/support-sdk';
import { abortable } from './abortable.js';

/** Topics per locale. */
export class TopicCache {
  readonly #topics = new Map<Locale, Promise<Topic[]>>();
  readonly #client: SupportClient;

  constructor(client: SupportClient) {
    this.#client = client;
  }

  /**
   * The topics in `locale`. `signal` stops this caller's wait only; the shared request stops
   * with `lifetime` (the panel leaving the document).
   */
  get(locale: Locale, lifetime: AbortSignal, signal?: AbortSignal): Promise<Topic[]> {
    let topics = this.#topics.get(locale);
    if (!topics) {
      topics = this.#client.listTopics({ locale }, { signal: lifetime });
      void topics.catch(() => this.#topics.delete(locale));
      this.#topics.set(locale, topics);
    }
    return signal ? abortable(topics, signal) : topics;
  }
}
