/**
 * @internal HMAC-SHA256 over `"<t>.<raw body>"` with Web Crypto (`crypto.subtle`), which Node.js
 * ≥ 20, Deno, Bun, edge runtimes and browsers all have: no `node:crypto`, so it bundles anywhere.
 */

/** A webhook secret: text (taken as its UTF-8 bytes) or bytes. */
export type WebhookSecret = string | Uint8Array;

const encoder = new TextEncoder();

/** @internal The bytes that are signed: the timestamp, a dot, then the body exactly as sent. */
export function signedBytes(
  timestamp: number,
  rawBody: string | Uint8Array,
): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}.`);
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const bytes = new Uint8Array(prefix.length + body.length);
  bytes.set(prefix, 0);
  bytes.set(body, prefix.length);
  return bytes;
}

/** @internal The secret as an HMAC-SHA256 key; an empty secret is refused. */
export function importHmacKey(secret: WebhookSecret): Promise<CryptoKey> {
  const bytes = typeof secret === 'string' ? encoder.encode(secret) : Uint8Array.from(secret);
  if (bytes.length === 0) throw new TypeError('A webhook secret must not be empty.');
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

/** @internal Lower-case hex of `bytes`. */
export function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** @internal The bytes of a hex string of even length (the caller checked the characters). */
export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
