/**
 * Confirmation e-mails per recipient (issue 16, finding 9). Anyone can file a ticket with any
 * address, so the confirmation is the one e-mail a stranger can make us send to someone else. Each
 * mailbox gets at most `confirmationMailsPerHour` of them in any rolling hour of the server clock;
 * further tickets are filed as usual (the answer does not change, so a sender learns nothing) but
 * are not confirmed by e-mail. `0` turns the limit off.
 * @internal
 */
import type { MockContext } from '../context.js';

const HOUR_MS = 60 * 60_000;
/** Above this many mailboxes remembered, the ones with nothing in the last hour are forgotten. */
const SWEEP_ABOVE = 10_000;

/**
 * The mailbox an address delivers to: lower case, without a `+tag` in the local part, so that
 * `Victim+1@Example.org` and `victim@example.org` share one limit.
 */
export function mailboxOf(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address.trim().toLowerCase();
  const local = address.slice(0, at).split('+', 1)[0] ?? '';
  return `${local}@${address.slice(at + 1)}`.trim().toLowerCase();
}

function recent(times: readonly number[], now: number): number[] {
  return times.filter((time) => time > now - HOUR_MS && time <= now);
}

function sweep(ctx: MockContext, now: number): void {
  const sent = ctx.store.confirmationMails;
  if (sent.size <= SWEEP_ABOVE) return;
  for (const [mailbox, times] of sent) {
    if (recent(times, now).length === 0) sent.delete(mailbox);
  }
}

/**
 * Whether a confirmation may go to `address` at `at`; if so, it is counted. `false` once the
 * mailbox had `confirmationMailsPerHour` of them in the hour before.
 */
export function mayConfirmTo(ctx: MockContext, address: string, at: string): boolean {
  const limit = ctx.options.confirmationMailsPerHour;
  if (limit === 0) return true;
  const now = Date.parse(at);
  const mailbox = mailboxOf(address);
  const times = recent(ctx.store.confirmationMails.get(mailbox) ?? [], now);
  const allowed = times.length < limit;
  if (allowed) times.push(now);
  if (times.length === 0) ctx.store.confirmationMails.delete(mailbox);
  else ctx.store.confirmationMails.set(mailbox, times);
  sweep(ctx, now);
  return allowed;
}
