/**
 * When a delivery that failed is tried again, by its queue's policy: after `firstRetryMs`, then
 * twice as long after each failure, at most `longestWaitMs` apart, until `giveUpAfterMs` after it
 * was written; then it is given up on. A receiver's `Retry-After` replaces the computed wait (at
 * most `longestWaitMs`). E-mail: 30 s doubling to 30 min, for a day; webhooks: 10 s doubling to 1 h,
 * for 3 days (docs/design/realtime.md, "Delivery: the outbox machinery, generalised").
 * @internal
 */

/** How a queue retries. */
export interface RetryPolicy {
  /** The wait after the first failed attempt. */
  firstRetryMs: number;
  /** The longest wait between two attempts. */
  longestWaitMs: number;
  /** How long after it was written a delivery is still tried. */
  giveUpAfterMs: number;
}

/** The outbox's e-mail: 30 s doubling to 30 min, for a day. */
export const mailRetryPolicy: RetryPolicy = {
  firstRetryMs: 30_000,
  longestWaitMs: 30 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
};

/** Webhooks: 10 s doubling to 1 h, for 3 days. */
export const webhookRetryPolicy: RetryPolicy = {
  firstRetryMs: 10_000,
  longestWaitMs: 60 * 60_000,
  giveUpAfterMs: 3 * 24 * 60 * 60_000,
};

/**
 * When to try again after the `attempts`-th attempt failed at `now`, or `undefined` when the
 * delivery, written at `writtenAt`, is to be given up on. `retryAfterMs`, the receiver's own ask,
 * replaces the computed wait.
 */
export function nextAttemptAt(
  policy: RetryPolicy,
  attempts: number,
  now: Date,
  writtenAt: Date,
  retryAfterMs?: number,
): Date | undefined {
  const computed = policy.firstRetryMs * 2 ** Math.max(0, attempts - 1);
  const asked = retryAfterMs !== undefined && retryAfterMs >= 0 ? retryAfterMs : computed;
  const waitMs = Math.min(asked, policy.longestWaitMs);
  const next = new Date(now.getTime() + waitMs);
  return next.getTime() - writtenAt.getTime() > policy.giveUpAfterMs ? undefined : next;
}
