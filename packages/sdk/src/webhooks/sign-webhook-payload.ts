/**
 * Signs a webhook body as the server does: the value of the `Opin-Signature` header.
 */
import { importHmacKey, signedBytes, toHex, type WebhookSecret } from './hmac.js';

/** Options of {@link signWebhookPayload}. */
export interface SignWebhookPayloadOptions {
  /** The moment signed into `t=` (default: now), taken to whole seconds. */
  timestamp?: Date;
}

/**
 * The `Opin-Signature` header value for `rawBody`: `t=<unix seconds>,v1=<hex>`, with one `v1=` per
 * secret (two while a secret is being rotated: the current one first). Each `v1` is the lower-case
 * hex HMAC-SHA256 of `"<t>.<raw body>"` under that secret. This is what the server sends; a
 * receiver uses it in its tests, with {@link verifyWebhookSignature} on the other side.
 */
export async function signWebhookPayload(
  secret: WebhookSecret | readonly WebhookSecret[],
  rawBody: string | Uint8Array,
  options: SignWebhookPayloadOptions = {},
): Promise<string> {
  const secrets: readonly WebhookSecret[] = Array.isArray(secret)
    ? secret
    : [secret as WebhookSecret];
  if (secrets.length === 0) throw new TypeError('signWebhookPayload needs at least one secret.');
  const at = options.timestamp ?? new Date();
  const t = Math.floor(at.getTime() / 1000);
  if (!Number.isSafeInteger(t) || t < 0) throw new TypeError('The timestamp is not a valid date.');
  const data = signedBytes(t, rawBody);
  const signatures = await Promise.all(
    secrets.map(async (each) => {
      const key = await importHmacKey(each);
      return `v1=${toHex(await crypto.subtle.sign('HMAC', key, data))}`;
    }),
  );
  return [`t=${t}`, ...signatures].join(',');
}
