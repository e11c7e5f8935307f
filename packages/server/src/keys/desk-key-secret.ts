/**
 * What a desk key is: 256 random bits, written `opin_dk_<base64url>`, and stored only as its
 * SHA-256. The prefix lets secret scanners and people recognise a leaked key.
 * @internal
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const prefix = 'opin_dk_';

/** A new desk key (shown once, never stored). */
export function newDeskKeySecret(): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** A new public id for a key, e.g. `dk_3f9a0c12b7e4d5a6`: safe to log and to show. */
export function newDeskKeyId(): string {
  return `dk_${randomBytes(8).toString('hex')}`;
}

/** The SHA-256 (hex) stored for `key`. */
export function hashDeskKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Whether two hashes are equal, in time that does not depend on where they differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether `text` could be a desk key at all (checked before any database work). */
export function looksLikeDeskKey(text: string): boolean {
  return /^opin_dk_[A-Za-z0-9_-]{43}$/.test(text);
}
