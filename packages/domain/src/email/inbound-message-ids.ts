/**
 * The inbound bridge is idempotent on Message-ID: an e-mail is applied (or ignored) once per desk,
 * and a repeat with the same Message-ID answers as the first did and changes nothing. Only answers
 * are remembered, never refusals, so a refused e-mail can be sent again.
 * @internal
 */
import type { DeskTicket } from '@opin/support-sdk/schemas';
import type { RuleContext } from '../rule-context.js';
import { ApiError } from '../errors.js';

/** What an inbound e-mail came to. */
export type InboundOutcome =
  { kind: 'applied'; ticket: DeskTicket } | { kind: 'ignored'; reason: 'auto_reply' };

/** An e-mail remembered by its Message-ID: what identifies its content, and its outcome. */
export interface InboundEmailRecord {
  fingerprint: string;
  outcome: InboundOutcome;
}

/** The e-mail fields a Message-ID stands for. */
export interface IdentifiedEmail {
  from: string;
  subject: string;
  body: string;
  messageId?: string | undefined;
}

/** The record's key: the desk and the Message-ID without its angle brackets, or none. */
function keyOf(desk: string, email: IdentifiedEmail): string | undefined {
  const id = email.messageId?.replace(/^<(.*)>$/, '$1');
  return id === undefined || id === '' ? undefined : `${desk}\n${id}`;
}

function fingerprintOf(email: IdentifiedEmail): string {
  return JSON.stringify([email.from.trim().toLowerCase(), email.subject, email.body]);
}

/**
 * The outcome of an e-mail already received with this Message-ID, or `undefined`. The same
 * Message-ID with another sender, subject or body → 422 `idempotency_mismatch`.
 */
export function earlierOutcome(
  ctx: RuleContext,
  desk: string,
  email: IdentifiedEmail,
): InboundOutcome | undefined {
  const key = keyOf(desk, email);
  const record = key === undefined ? undefined : ctx.records.inboundEmails.get(key);
  if (!record) return undefined;
  if (record.fingerprint !== fingerprintOf(email)) {
    throw new ApiError(
      422,
      'idempotency_mismatch',
      'This Message-ID was already received with another sender, subject or body; nothing was changed.',
    );
  }
  return record.outcome;
}

/** Remembers what the e-mail came to, if it has a Message-ID. */
export function rememberOutcome(
  ctx: RuleContext,
  desk: string,
  email: IdentifiedEmail,
  outcome: InboundOutcome,
): void {
  const key = keyOf(desk, email);
  if (key !== undefined)
    ctx.records.inboundEmails.set(key, { fingerprint: fingerprintOf(email), outcome });
}
