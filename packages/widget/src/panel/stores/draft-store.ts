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

/** What the page may prefill (`prefill()`): the learner's text fields and the institution. */
export type PrefilledField = 'subject' | 'description' | 'email' | 'name' | 'institutionId';

/** One unsent ticket. */
export interface Draft extends DraftFields {
  topicId: string | null;
  institutionId: string | null;
  /**
   * What `prefill()` last put in each field. A field that still holds it is the page's text, which
   * a later `prefill()` may replace; any other text in it is the learner's.
   */
  prefilled: Partial<Record<PrefilledField, string>>;
  /** The ticket language the learner chose; `null` until they choose (the UI language applies). */
  language: Locale | null;
  /** The `Idempotency-Key` every send of this draft carries. */
  idempotencyKey: string;
  /** True after a send whose outcome is unknown (network loss, 5xx): send it again as it is. */
  queued: boolean;
}

const emptyFields: DraftFields = { subject: '', description: '', email: '', name: '', website: '' };
const prefilledFields: readonly PrefilledField[] = [
  'subject',
  'description',
  'email',
  'name',
  'institutionId',
];

/** A stored draft's `prefilled` if it is one (older drafts have none). */
function prefilledOf(value: unknown): Draft['prefilled'] {
  const ok =
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((text) => typeof text === 'string');
  return ok ? value : {};
}

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

  /**
   * Applies the page's `prefill()`: each field takes its new text (if it is a non-empty string)
   * while it is empty or still holds what an earlier `prefill()` put there, so the learner's own
   * text is never replaced. A draft waiting to be sent again (`queued`) stays as it is: then this
   * returns false.
   */
  prefill(fields: Partial<Record<PrefilledField, unknown>>): boolean {
    const draft = this.current;
    if (draft.queued) return false;
    const prefilled = { ...draft.prefilled };
    const changes: Partial<Draft> = { prefilled };
    for (const field of prefilledFields) {
      const text = fields[field];
      const current = draft[field];
      if (typeof text === 'string' && text !== '' && (!current || current === prefilled[field])) {
        changes[field] = prefilled[field] = text;
      }
    }
    this.update(changes);
    return true;
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
      if (!isDraft(parsed)) return null;
      return { ...DraftStore.#fresh(), ...parsed, prefilled: prefilledOf(parsed.prefilled) };
    } catch {
      return null;
    }
  }

  static #fresh(): Draft {
    return {
      ...emptyFields,
      topicId: null,
      institutionId: null,
      prefilled: {},
      language: null,
      idempotencyKey: createIdempotencyKey(),
      queued: false,
    };
  }
}
