/**
 * The tickets filed (or opened) from this browser: id, access token, creation time and how many of
 * its messages the learner has seen (for "New reply" on the start step), kept in
 * `localStorage` per API origin (`opin-support:v1:tickets:<API origin>`). The access token is the
 * only way back to a ticket, and it is only ever sent to the API that issued it: a page with
 * another `api-base` sees none of them.
 * @internal
 */
import type { SafeStorage } from './safe-storage.js';

/** What this browser remembers of one ticket. */
export interface StoredTicket {
  id: string;
  accessToken: string;
  createdAt: string;
  /** How many of its messages the learner has seen in the ticket view (none recorded: 0). */
  seenMessages?: number;
}

/** Where tickets were kept before they were keyed by API origin; `clear()` removes it. */
const unkeyed = 'opin-support:v1:tickets';

/** The key of the tickets of the API at `apiBase` (resolved against the page, like a fetch). */
export function ticketsKey(apiBase: string): string {
  let origin = apiBase;
  try {
    origin = new URL(apiBase, document.baseURI).origin;
  } catch {
    // Not a URL: the SDK refuses it too; key by the text as it is.
  }
  return `${unkeyed}:${origin}`;
}

function isStoredTicket(value: unknown): value is StoredTicket {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.accessToken === 'string' &&
    typeof entry.createdAt === 'string' &&
    (entry.seenMessages === undefined || typeof entry.seenMessages === 'number')
  );
}

/** Lists, remembers and forgets this browser's tickets of one API. */
export class TicketStore {
  readonly #storage: SafeStorage;
  readonly #key: string;

  constructor(storage: SafeStorage, apiBase: string) {
    this.#storage = storage;
    this.#key = ticketsKey(apiBase);
  }

  /** Every remembered ticket of this API, newest first. */
  list(): StoredTicket[] {
    const raw = this.#storage.get(this.#key);
    if (raw === null) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      const entries = Array.isArray(parsed) ? parsed.filter(isStoredTicket) : [];
      return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    } catch {
      return [];
    }
  }

  /** Remembers a ticket (replacing an older entry with the same id). */
  remember(ticket: StoredTicket): void {
    const others = this.list().filter((entry) => entry.id !== ticket.id);
    this.#storage.set(this.#key, JSON.stringify([ticket, ...others]));
  }

  /** Records that the learner has seen the first `messages` messages of ticket `id`. */
  markSeen(id: string, messages: number): void {
    const entry = this.list().find((stored) => stored.id === id);
    if (entry && entry.seenMessages !== messages)
      this.remember({ ...entry, seenMessages: messages });
  }

  /** Forgets every ticket of this API, and any kept before tickets were keyed by API (logout). */
  clear(): void {
    this.#storage.remove(this.#key);
    this.#storage.remove(unkeyed);
  }
}
