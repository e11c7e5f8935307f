/**
 * The ticket draft: the form's fields and the idempotency key of this one logical submission,
 * kept in `localStorage` (`opin-support:v1:draft:<origin>`) so it survives reloads, closing the
 * panel and network loss, until the ticket is sent.
 * @internal
 */
import { createIdempotencyKey, type Locale } from '@opin/support-sdk';
import type { SafeStorage } from './safe-storage.js';

/** The fields the learner writes (all as typed; validated at submit). */
export interface DraftFields {
  subject: string;
  description: string;
  email: string;
  name: string;
  /** The honeypot: people leave it empty. */
  website: string;
}

/** One unsent ticket. */
export interface Draft extends DraftFields {
  topicId: string | null;
  institutionId: string | null;
  /** The ticket language the learner chose; `null` until they choose (the UI language applies). */
  language: Locale | null;
  /** The `Idempotency-Key` every send of this draft carries. */
  idempotencyKey: string;
  /** True after a send whose outcome is unknown (network loss, 5xx): send it again as it is. */
  queued: boolean;
}

const emptyFields: DraftFields = { subject: '', description: '', email: '', name: '', website: '' };

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.idempotencyKey === 'string' &&
    ['subject', 'description', 'email', 'name'].every((key) => typeof draft[key] === 'string')
  );
}

/** Loads, updates and clears the draft of one origin. */
export class DraftStore {
  readonly #storage: SafeStorage;
  readonly #key: string;
  #draft: Draft | null = null;

  constructor(storage: SafeStorage, origin: string) {
    this.#storage = storage;
    this.#key = `opin-support:v1:draft:${origin}`;
  }

  /** Whether drafts survive a reload (false when the browser blocks storage). */
  get persistent(): boolean {
    return this.#storage.persistent;
  }

  /** The current draft, from storage on first use; a fresh one if there is none. */
  get current(): Draft {
    this.#draft ??= this.#read() ?? DraftStore.#fresh();
    return this.#draft;
  }

  /** Whether a stored draft exists with text in it. */
  get hasContent(): boolean {
    const { subject, description } = this.current;
    return subject.trim() !== '' || description.trim() !== '';
  }

  /** Merges `changes` into the draft and stores it. */
  update(changes: Partial<Draft>): Draft {
    this.#draft = { ...this.current, ...changes };
    this.#storage.set(this.#key, JSON.stringify(this.#draft));
    return this.#draft;
  }

  /** Forgets the draft (sent, or `reset()`); the next draft gets a new idempotency key. */
  clear(): void {
    this.#draft = null;
    this.#storage.remove(this.#key);
  }

  #read(): Draft | null {
    const raw = this.#storage.get(this.#key);
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      return isDraft(parsed) ? { ...DraftStore.#fresh(), ...parsed } : null;
    } catch {
      return null;
    }
  }

  static #fresh(): Draft {
    return {
      ...emptyFields,
      topicId: null,
      institutionId: null,
      language: null,
      idempotencyKey: createIdempotencyKey(),
      queued: false,
    };
  }
}
