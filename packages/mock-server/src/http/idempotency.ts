/**
 * Idempotent ticket creation: the same Idempotency-Key with the same body replays the first 201;
 * with another body it is refused (422); while the first attempt is still running, 409.
 * @internal
 */
import { idempotencyKeySchema } from '@opin/support-sdk/schemas';
import type { MockContext } from '../context.js';
import { conflict, MockApiError } from '../domain/errors.js';
import { issuesToDetails } from './errors.js';
import { jsonText } from './respond.js';

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

/** JSON with object keys sorted, so equal bodies compare equal. */
export function canonicalJson(value: unknown): string {
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

/** The replay of an earlier attempt with this key, or `undefined` for a new key. */
export function replayOrRefuse(
  ctx: MockContext,
  key: string,
  fingerprint: string,
): Response | undefined {
  const record = ctx.store.idempotency.get(key);
  if (!record) return undefined;
  if (record.fingerprint !== fingerprint) {
    throw new MockApiError(
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
