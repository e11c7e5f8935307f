/**
 * Reply tokens (docs/design/domain.md, "E-mail desks"): every e-mail to an e-mail desk about a
 * ticket carries in its subject the tag `[OPIN-482019375568 #k7m2q9x4w8p3r6t1]` — the reference and
 * a token made for that desk on that ticket. A reply is applied only to the ticket its reference
 * names, and only when its token is the one mailed to the replying desk for that ticket: a late
 * reply never reaches another ticket (one filed after a restart, or a mistyped reference), and one
 * desk's e-mail never acts for another desk.
 *
 * A token is 16 characters of Crockford's base32 in lower case (80 random bits), made when the
 * first e-mail to the desk about the ticket is written and kept on the ticket as issued (in
 * memory; a backend may keep a keyed hash instead). It is compared in constant time.
 * @internal
 */
import type { Directory } from '../directory.js';
import { notFound, validationFailed } from '../errors.js';
import type { StoredTicket } from '../model.js';
import { sameHash } from '../token.js';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
const TOKEN_LENGTH = 16;
const tagPattern = /\[(OPIN-\d{6,})\s+#([0-9a-z]+)\]/i;

function newReplyToken(): string {
  let token = '';
  // 256 is a multiple of 32: every character is equally likely.
  for (const byte of crypto.getRandomValues(new Uint8Array(TOKEN_LENGTH))) {
    token += alphabet.charAt(byte % 32);
  }
  return token;
}

/**
 * The tag of every e-mail to `desk` about `ticket`: `[<reference> #<token>]`, the token made on
 * first use. A desk connected in real time gets no e-mail and no token: `[<reference>]`.
 */
export function replyTag(directory: Directory, ticket: StoredTicket, desk: string): string {
  if (directory.requireDesk(desk).integration !== 'email') return `[${ticket.id}]`;
  const token = (ticket.replyTokens[desk] ??= newReplyToken());
  return `[${ticket.id} #${token}]`;
}

/** The reference and token of a reply's tag. */
export interface ReplyTag {
  reference: string;
  token: string;
}

/** The tag in a reply's subject; 400 without one. */
export function replyTagOf(subject: string): ReplyTag {
  const tag = tagPattern.exec(subject);
  const reference = tag?.[1]?.toUpperCase();
  const token = tag?.[2]?.toLowerCase();
  if (reference === undefined || token === undefined) {
    throw validationFailed(
      'The subject carries no reply tag like [OPIN-482019375568 #k7m2q9x4w8p3r6t1]: reply to the e-mail about the ticket and keep its subject.',
      ['subject'],
    );
  }
  return { reference, token };
}

/**
 * Checks that `tag` opens `ticket` (the ticket its reference names, if any) for a reply from
 * `desk`: 404 — the same answer either way — when there is no such ticket or the token is not the
 * one mailed to `desk` about it.
 */
export function assertReplyToken(
  ticket: StoredTicket | undefined,
  desk: string,
  tag: ReplyTag,
): asserts ticket is StoredTicket {
  const issued = ticket?.replyTokens[desk];
  if (!ticket || issued === undefined || !sameHash(issued, tag.token)) {
    throw notFound(
      `No ticket matches the reply tag of this subject for ${desk}; this reply was NOT added to any ticket.`,
    );
  }
}
