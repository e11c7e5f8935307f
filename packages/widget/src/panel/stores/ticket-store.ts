/**
 * The tickets filed (or opened) from this browser: id, access token and creation time, kept in
 * `localStorage` (`opin-support:v1:tickets`). The access token is the only way back to a ticket.
 * @internal
 */
import type { SafeStorage } from './safe-storage.js';

/** What this browser remembers of one ticket. */
export interface StoredTicket {
  id: string;
  accessToken: string;
  createdAt: string;
}

const key = 'opin-support:v1:tickets';

function isStoredTicket(value: unknown): value is StoredTicket {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.accessToken === 'string' &&
    typeof entry.createdAt === 'string'
  );
}

/** Lists, remembers and forgets this browser's tickets. */
export class TicketStore {
  readonly #storage: SafeStorage;

  constructor(storage: SafeStorage) {
    this.#storage = storage;
  }

  /** Every remembered ticket, newest first. */
  list(): StoredTicket[] {
    const raw = this.#storage.get(key);
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
    this.#storage.set(key, JSON.stringify([ticket, ...others]));
  }

  /** Forgets every ticket (logout). */
  clear(): void {
    this.#storage.remove(key);
  }
}
