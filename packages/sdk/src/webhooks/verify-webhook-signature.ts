/**
 * Checks a webhook request as a receiver must before acting on it: the signature over the raw
 * body, the timestamp within the tolerance, and the body a desk event.
 */
import { deskEventSchema, type DeskEvent } from '../schemas/desk-events.js';
import { fromHex, importHmacKey, signedBytes, type WebhookSecret } from './hmac.js';
import { parseSignatureHeader } from './parse-signature-header.js';
import { WebhookSignatureError } from './webhook-signature-error.js';

/** Options of {@link verifyWebhookSignature}. */
export interface VerifyWebhookSignatureOptions {
  /**
   * How far `t=` may be from `now`, either way, in seconds (default 300: the replay window).
   * Deduplicating on `Opin-Event-Id` covers a request replayed within it.
   */
  toleranceSeconds?: number;
  /** The receiver's clock (default: now). */
  now?: Date;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function eventOf(rawBody: string | Uint8Array): DeskEvent {
  let json: unknown;
  try {
    json = JSON.parse(typeof rawBody === 'string' ? rawBody : decoder.decode(rawBody));
  } catch {
    throw new WebhookSignatureError('malformed', 'The body is not JSON in UTF-8.');
  }
  const parsed = deskEventSchema.safeParse(json);
  if (!parsed.success) {
    throw new WebhookSignatureError(
      'malformed',
      'The body is signed but is not a desk event this SDK version knows.',
    );
  }
  return parsed.data;
}

/**
 * Verifies a webhook request and returns its desk event. `rawBody` must be the body exactly as
 * received (never a re-serialised object); `signatureHeader` the `Opin-Signature` header. It
 * checks, in order: the header's form, `t` within `toleranceSeconds` of `now` either way, one of
 * the `v1` signatures matching HMAC-SHA256 of `"<t>.<raw body>"` under `secret` (compared in
 * constant time by Web Crypto's `verify`; during a rotation either secret matches), then the body
 * against the desk event schema. Rejects with a {@link WebhookSignatureError} otherwise.
 *
 * Runs where Web Crypto does (Node.js ≥ 20, Deno, Bun, edge runtimes), but the secret belongs on a
 * server only: never ship it to a browser.
 */
export async function verifyWebhookSignature(
  secret: WebhookSecret,
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  options: VerifyWebhookSignatureOptions = {},
): Promise<DeskEvent> {
  const tolerance = options.toleranceSeconds ?? 300;
  // A NaN would let every timestamp through: refuse it, as any tolerance that is no number of seconds.
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new TypeError('toleranceSeconds must be a number of seconds, 0 or more.');
  }
  const { timestamp, signatures } = parseSignatureHeader(signatureHeader);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > tolerance) {
    throw new WebhookSignatureError(
      'too_old',
      `Opin-Signature: t is ${now - timestamp} s from now, more than ${tolerance} s.`,
    );
  }
  const key = await importHmacKey(secret);
  const data = signedBytes(timestamp, rawBody);
  const matches = await Promise.all(
    signatures.map((signature) => crypto.subtle.verify('HMAC', key, fromHex(signature), data)),
  );
  if (!matches.includes(true)) {
    throw new WebhookSignatureError('mismatch', 'Opin-Signature: no signature matches the body.');
  }
  return eventOf(rawBody);
}
