/**
 * Desk and institution names in the UI language, loaded once per panel (`listDesks`,
 * `listInstitutions`), so the timeline and the routing preview can name desks.
 * @internal
 */
import type { Desk, Institution, Locale, SupportClient } from '@opin/support-sdk';
import { abortable } from './abortable.js';

/** Names and facts of every desk; falls back to the id before the list has loaded. */
export class DeskDirectory {
  readonly #client: SupportClient;
  #desks: Promise<Map<string, Desk>> | null = null;
  #institutions: Promise<Institution[]> | null = null;
  #known = new Map<string, Desk>();
  #settled = false;

  constructor(client: SupportClient) {
    this.#client = client;
  }

  /**
   * Loads the desks (once; a failed load is tried again next time). `signal` stops only this
   * caller's wait: the shared request is not tied to whichever step asked first, so a learner who
   * moves on quickly does not break the next step's routing preview. It is one small GET.
   */
  desks(signal?: AbortSignal): Promise<Map<string, Desk>> {
    this.#desks ??= this.#client.listDesks().then(
      (desks) => {
        this.#known = new Map(desks.map((desk) => [desk.id, desk]));
        this.#settled = true;
        return this.#known;
      },
      (error: unknown) => {
        this.#desks = null;
        this.#settled = true;
        throw error;
      },
    );
    return signal ? abortable(this.#desks, signal) : this.#desks;
  }

  /** The institutions a learner can choose (once, shared like `desks`). */
  institutions(signal?: AbortSignal): Promise<Institution[]> {
    this.#institutions ??= this.#client.listInstitutions().catch((error: unknown) => {
      this.#institutions = null;
      throw error;
    });
    return signal ? abortable(this.#institutions, signal) : this.#institutions;
  }

  /** Whether the desks have loaded, or a load has failed (then `name` gives ids). */
  get settled(): boolean {
    return this.#settled;
  }

  /** The desk's name in `locale`, or its id while the desks are unknown. */
  name(id: string, locale: Locale): string {
    return this.#known.get(id)?.name[locale] ?? id;
  }

  /** The desk, once loaded. */
  get(id: string): Desk | undefined {
    return this.#known.get(id);
  }
}
