/**
 * Idempotent ticket creation, all of it: reading the Idempotency-Key, remembering each attempt by
 * its key, and answering a repeat. The same key with the same body replays the first 201; with
 * another body it is refused (422); while the first attempt is still running, 409. An attempt that
 * fails is forgotten, so its key can be used again.
 * @internal
 */
import { idempotencyKeySchema } from '@opin/support-sdk/schemas';
import { conflict, MockApiError } from '../domain/errors.js';
import { issuesToDetails } from './errors.js';
import { jsonText } from './respond.js';

/** A `POST /tickets` attempt remembered by its Idempotency-Key. */
export type IdempotencyRecord =
  | { state: 'in_flight'; fingerprint: string }
  | { state: 'done'; fingerprint: string; status: number; body: string };

/** The attempts of one mock API instance, by Idempotency-Key. */
export type IdempotencyRecords = Map<string, IdempotencyRecord>;

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
  throw new MockApiError(
    400,
    'validation_failed',
    'The Idempotency-Key header is required: 8–255 printable ASCII characters.',
    issuesToDetails(result.error.issues).map((issue) => ({
      ...issue,
      path: ['headers', 'Idempotency-Key'],
    })),
  );
}

/** Idempotent creation of `body` (the validated request body) under `key`. */
export function idempotentCreation(
  records: IdempotencyRecords,
  key: string,
  body: unknown,
): IdempotentCreation {
  const fingerprint = canonicalJson(body);
  return {
    replay() {
      const record = records.get(key);
      if (!record) return undefined;
      if (record.fingerprint !== fingerprint) {
        throw new MockApiError(
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
      records.set(key, { state: 'in_flight', fingerprint });
      try {
        const created = await create();
        const text = JSON.stringify(created.body);
        records.set(key, { state: 'done', fingerprint, status: created.status, body: text });
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
