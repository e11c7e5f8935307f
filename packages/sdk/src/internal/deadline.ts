/**
 * @internal A call's `totalTimeout`: the moment it passes, and a signal that aborts then (it ends
 * an attempt in flight and a wait before a retry). `clear` releases the timer.
 */

/** The longest delay `setTimeout` takes (about 24.8 days); a longer one would fire at once. */
const maxTimerDelay = 2_147_483_647;

export interface Deadline {
  /** `Date.now()` at which the call is over. */
  at: number;
  signal: AbortSignal;
  clear(): void;
}

export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.min(ms, maxTimerDelay));
  return { at: Date.now() + ms, signal: controller.signal, clear: () => clearTimeout(timer) };
}
