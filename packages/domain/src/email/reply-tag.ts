/**
 * Reply tags (docs/design/domain.md, "Replies by e-mail"). Every e-mail about a ticket to a party
 * that may answer it — an e-mail desk, or the learner — has a Reply-To address made for that party
 * on that ticket, `reply+OPIN-482019375568.k7m2q9x4w8p3r6t1@opin.fi`, and e-mails to desks carry
 * the same tag in their subject, `[OPIN-482019375568 #k7m2q9x4w8p3r6t1]`, for tools that answer
 * the sender rather than Reply-To. The tag is the first 80 bits of an HMAC-SHA-256 over the
 * reference and the party, keyed by the host's reply key, in Crockford's base32 (16 characters,
 * lower case). A reply is applied only to the ticket its reference names and only as the party its
 * tag was made for: a late reply never reaches another ticket, one desk's e-mail never acts for
 * another party, and nobody who did not get the e-mail can make a tag. Nothing is stored per
 * ticket; the key is (the server keeps one in its database for all its instances, the mock makes
 * one per run).
 * @internal
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Directory } from '../directory.js';
import { sameHash } from '../token.js';

/** The secret reply tags are made with: 32 random bytes. */
export type ReplyKey = Uint8Array;

/** A fresh reply key. */
export function newReplyKey(): ReplyKey {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** Who a reply tag was made for: the learner of the ticket, or one desk. */
export type ReplyParty = { kind: 'learner' } | { kind: 'desk'; desk: string };

/** The learner of a ticket, as a party. */
export const LEARNER_PARTY: ReplyParty = { kind: 'learner' };

/** The domain of every address Opin.fi sends from and takes replies at. */
export const MAIL_DOMAIN = 'opin.fi';

/** A reference and a tag, as a reply carries them. */
export interface ReplyTag {
  reference: string;
  token: string;
}

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
const TAG_BYTES = 10;
const escapedDomain = MAIL_DOMAIN.replace(/\./g, '\\.');
const addressPattern = new RegExp(
  `^reply\\+(OPIN-\\d{6,})\\.([0-9a-z]{16})@${escapedDomain}$`,
  'i',
);
const subjectPattern = /\[(OPIN-\d{6,})\s+#([0-9a-z]+)\]/i;

/** `bytes` in Crockford's base32, lower case (10 bytes → 16 characters). */
function base32(bytes: Uint8Array): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet.charAt((value >>> bits) & 31);
    }
  }
  return out;
}

function partyName(party: ReplyParty): string {
  return party.kind === 'learner' ? 'learner' : `desk:${party.desk}`;
}

/** The tag of `party` on the ticket `reference`. */
export function replyToken(key: ReplyKey, reference: string, party: ReplyParty): string {
  const message = new TextEncoder().encode(`opin-reply-v1\n${reference}\n${partyName(party)}`);
  return base32(hmac(sha256, key, message).subarray(0, TAG_BYTES));
}

/** The address `party` replies to about `reference`: `reply+<reference>.<tag>@opin.fi`. */
export function replyAddress(key: ReplyKey, reference: string, party: ReplyParty): string {
  return `reply+${reference}.${replyToken(key, reference, party)}@${MAIL_DOMAIN}`;
}

/** The subject tag of an e-mail to `desk` about `reference`: `[<reference> #<tag>]`. */
export function subjectTag(key: ReplyKey, reference: string, desk: string): string {
  return `[${reference} #${replyToken(key, reference, { kind: 'desk', desk })}]`;
}

function tagOf(match: RegExpExecArray | null): ReplyTag | undefined {
  const reference = match?.[1]?.toUpperCase();
  const token = match?.[2]?.toLowerCase();
  return reference === undefined || token === undefined ? undefined : { reference, token };
}

/** The tag of a reply address, or `undefined` when `address` is not one. */
export function tagInAddress(address: string): ReplyTag | undefined {
  return tagOf(addressPattern.exec(address.trim()));
}

/** The tag in a subject, or `undefined` when it carries none. */
export function tagInSubject(subject: string): ReplyTag | undefined {
  return tagOf(subjectPattern.exec(subject));
}

/**
 * The party `tag` was made for — the learner or one of the directory's e-mail desks — or
 * `undefined` when it was made for none (forged, or for another reference). Every candidate is
 * compared, in constant time.
 */
export function partyOfTag(
  key: ReplyKey,
  directory: Directory,
  tag: ReplyTag,
): ReplyParty | undefined {
  const candidates: ReplyParty[] = [
    LEARNER_PARTY,
    ...directory.desks
      .filter((desk) => desk.integration === 'email')
      .map((desk): ReplyParty => ({ kind: 'desk', desk: desk.id })),
  ];
  let found: ReplyParty | undefined;
  for (const party of candidates) {
    if (sameHash(replyToken(key, tag.reference, party), tag.token)) found ??= party;
  }
  return found;
}
