/**
 * Idempotent ticket creation, all of it: reading the Idempotency-Key, remembering each attempt by
 * its client and key, and answering a repeat. The same key from the same client with the same
 * body replays the first 201; with another body it is refused (422); while the first attempt is
 * still running, 409. An attempt that fails is forgotten, so its key can be used again. A key
 * belongs to the client that used it (`./client-key.ts`): from another client it is a new key.
 * Keys expire `idempotencyTtlMinutes` (server clock) after their first use, and at most
 * `MAX_IDEMPOTENCY_RECORDS` are kept (the oldest go first).
 * @internal
 */
import { idempotencyKeySchema } from '@opin/support-sdk/schemas';
import type { MockContext } from '../mock-context.js';
import { conflict, ApiError } from '@opin/support-domain';
import { issuesToDetails } from './errors.js';
import { jsonText } from './respond.js';

/** How many Idempotency-Keys are kept at most. */
export const MAX_IDEMPOTENCY_RECORDS = 10_000;

/** A `POST /tickets` attempt remembered by its client and Idempotency-Key. */
export type IdempotencyRecord = (
  | { state: 'in_flight'; fingerprint: string }
  | { state: 'done'; fingerprint: string; status: number; body: string }
) & {
  /** When the key was first used (server clock, ms). */
  at: number;
};

/** The attempts of one mock API instance, in the order their keys were first used. */
export class IdempotencyRecords {
  readonly #records = new Map<string, IdempotencyRecord>();

  constructor(readonly maxRecords = MAX_IDEMPOTENCY_RECORDS) {}

  /** How many keys are kept. */
  get size(): number {
    return this.#records.size;
  }

  get(key: string): IdempotencyRecord | undefined {
    return this.#records.get(key);
  }

  /** Keeps a record; a new key past `maxRecords` pushes the oldest out. */
  set(key: string, record: IdempotencyRecord): void {
    if (!this.#records.has(key) && this.#records.size >= this.maxRecords) {
      const oldest = this.#records.keys().next();
      if (!oldest.done) this.#records.delete(oldest.value);
    }
    this.#records.set(key, record);
  }

  delete(key: string): void {
    this.#records.delete(key);
  }

  /** Forgets every key first used at or before `time`. */
  forgetUsedBefore(time: number): void {
    for (const [key, record] of this.#records) {
      if (record.at > time) break;
      this.#records.delete(key);
    }
  }

  /** Forgets every key. */
  clear(): void {
    this.#records.clear();
  }

  /** The records as plain data (tests save, restore and compare them). */
  toJSON(): [string, IdempotencyRecord][] {
    return [...this.#records];
  }

  /** Puts back records saved with `toJSON`. */
  restore(saved: readonly [string, IdempotencyRecord][]): void {
    this.clear();
    for (const [key, record] of saved) this.#records.set(key, record);
  }
}

/** What a creation answers: its status and its JSON body. */
export interface CreatedResponse {
  status: number;
  body: unknown;
}

/** One creation under its Idempotency-Key. */
export interface IdempotentCreation {
  /**
   * The first attempt's response again (with `Idempotent-Replayed: true`) if this key already
   * created with this body; `undefined` for a new key. Another body → 422
   * `idempotency_mismatch`; the first attempt still running → 409 `conflict`.
   */
  replay(): Response | undefined;
  /**
   * Runs the creation with the key in flight, and keeps its response for replays; if `create`
   * throws, the key is forgotten and the error passes on.
   */
  run(create: () => Promise<CreatedResponse>): Promise<Response>;
}

/** The `Idempotency-Key` header, required: 8–255 printable ASCII characters. */
export function readIdempotencyKey(request: Request): string {
  const result = idempotencyKeySchema.safeParse(
    request.headers.get('idempotency-key') ?? undefined,
  );
  if (result.success) return result.data;
  throw new ApiError(
    400,
    'validation_failed',
    'The Idempotency-Key header is required: 8–255 printable ASCII characters.',
    issuesToDetails(result.error.issues).map((issue) => ({
      ...issue,
      path: ['headers', 'Idempotency-Key'],
    })),
  );
}

/**
 * Idempotent creation of `body` (the validated request body) under `client`'s `key`; keys past
 * their time are forgotten first.
 */
export function idempotentCreation(
  ctx: MockContext,
  records: IdempotencyRecords,
  client: string,
  idempotencyKey: string,
  body: unknown,
): IdempotentCreation {
  const fingerprint = canonicalJson(body);
  const at = ctx.clock.now().getTime();
  records.forgetUsedBefore(at - ctx.options.idempotencyTtlMinutes * 60_000);
  // Keys are printable ASCII without spaces, so the space keeps client and key apart.
  const key = `${client} ${idempotencyKey}`;
  return {
    replay() {
      const record = records.get(key);
      if (!record) return undefined;
      if (record.fingerprint !== fingerprint) {
        throw new ApiError(
          422,
          'idempotency_mismatch',
          'This Idempotency-Key was already used with a different body.',
        );
      }
      if (record.state === 'in_flight') {
        throw conflict(
          'A request with this Idempotency-Key is still being processed; retry shortly.',
        );
      }
      return jsonText(record.body, record.status, { 'Idempotent-Replayed': 'true' });
    },
    async run(create) {
      records.set(key, { state: 'in_flight', fingerprint, at });
      try {
        const created = await create();
        const text = JSON.stringify(created.body);
        records.set(key, { state: 'done', fingerprint, status: created.status, body: text, at });
        return jsonText(text, created.status);
      } catch (error) {
        records.delete(key);
        throw error;
      }
    },
  };
}

/** JSON with object keys sorted, so equal bodies compare equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );
}
