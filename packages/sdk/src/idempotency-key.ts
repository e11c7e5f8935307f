const urlSafeAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A new random `Idempotency-Key`: 32 URL-safe characters (192 random bits). Uses
 * `crypto.getRandomValues`, which unlike `crypto.randomUUID` also exists in insecure (http:)
 * browser contexts. Create one per draft and keep it with the draft, so that sending the same
 * draft again (after a reload, a lost response or a double click) cannot file a second ticket.
 */
export function createIdempotencyKey(): string {
  let key = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
    key += urlSafeAlphabet.charAt(byte & 63);
  }
  return key;
}
