/**
 * When an e-mail that could not be delivered is tried again: after 30 s, then twice as long after
 * each failure, at most 30 min apart, until a day after it was written; then it is given up on
 * (and logged), as it is at once when the relay refuses it for good (a 5xx reply).
 * @internal
 */

const firstRetryMs = 30_000;
const longestWaitMs = 30 * 60_000;
/** How long after it was written an e-mail is still tried. */
export const giveUpAfterMs = 24 * 60 * 60_000;

/**
 * When to try again after the `attempts`-th attempt failed at `now`, or `undefined` when the
 * e-mail, written at `writtenAt`, is to be given up on.
 */
export function nextAttemptAt(attempts: number, now: Date, writtenAt: Date): Date | undefined {
  const waitMs = Math.min(firstRetryMs * 2 ** Math.max(0, attempts - 1), longestWaitMs);
  const next = new Date(now.getTime() + waitMs);
  return next.getTime() - writtenAt.getTime() > giveUpAfterMs ? undefined : next;
}
