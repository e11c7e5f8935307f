/**
 * Idempotent ticket creation, all of it: reading the Idempotency-Key, remembering each attempt by
 * its client and key (in the host's `IdempotencyStore`, `./idempotency-store.ts`), and answering a
 * repeat. The same key from the same client with the same body replays the first 201; with
 * another body it is refused (422); while the first attempt is still running, 409. An attempt
 * that fails is forgotten, so its key can be used again. A key belongs to the client that used it
 * (`./client-key.ts`): from another client it is a new key. Keys expire `idempotencyTtlMinutes`
 * (server clock) after their first use.
 * @internal
 */
import { idempotencyKeySchema } from '@opin/support-sdk/schemas';
import type { ApiContext } from '../api-context.js';
import { conflict, ApiError } from '@opin/support-domain';
import { issuesToDetails } from './errors.js';
import type { Attempt, IdempotencyRecord } from './idempotency-store.js';
import { jsonText } from './respond.js';

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
 * Runs `attempt` once under `client`'s `idempotencyKey` for `body` (the validated request body),
 * and answers with what it answered. If the key already holds an attempt: the first attempt's
 * response again (with `Idempotent-Replayed: true`); another body → 422 `idempotency_mismatch`;
 * the first attempt still running → 409 `conflict`.
 */
export async function idempotentCreation(
  ctx: ApiContext,
  client: string,
  idempotencyKey: string,
  body: unknown,
  attempt: () => Promise<Attempt>,
): Promise<Response> {
  const fingerprint = canonicalJson(body);
  const ttlMs = ctx.options.idempotencyTtlMinutes * 60_000;
  const now = ctx.clock.now().getTime();
  const outcome = await ctx.http.idempotency.once(
    client,
    idempotencyKey,
    fingerprint,
    now,
    ttlMs,
    attempt,
  );
  if ('held' in outcome) return replay(outcome.held, fingerprint);
  return jsonText(outcome.answered.body, outcome.answered.status);
}

/** The answer to a repeat of an attempt `record` holds. */
function replay(record: IdempotencyRecord, fingerprint: string): Response {
  if (record.fingerprint !== fingerprint) {
    throw new ApiError(
      422,
      'idempotency_mismatch',
      'This Idempotency-Key was already used with a different body.',
    );
  }
  if (record.state === 'in_flight') {
    throw conflict('A request with this Idempotency-Key is still being processed; retry shortly.');
  }
  return jsonText(record.body, record.status, { 'Idempotent-Replayed': 'true' });
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
