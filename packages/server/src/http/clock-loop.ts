/**
 * The server's clock loop: every `intervalMs`, whatever became due (a hand-off's acknowledgement
 * window ended, a resolved ticket's auto-close) is applied with the rules' own `runClock`, even
 * when no request comes. Any number of instances may run it: each due ticket is changed in its own
 * transaction under the ticket's row lock, and a change that is no longer due does nothing. A run
 * still going when the next is due is not doubled.
 * @internal
 */
import { runClock, type DomainEnv } from '@opin/support-domain';

/** A running loop. */
export interface ClockLoop {
  /** Stops the loop and waits for a run in progress. */
  stop(): Promise<void>;
}

/** Starts the loop over `env`; a failed run goes to `report` and the loop goes on. */
export function startClockLoop(
  env: DomainEnv,
  intervalMs: number,
  report: (error: unknown) => void,
): ClockLoop {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= runClock(env)
      .catch(report)
      .finally(() => {
        running = undefined;
      });
  }, intervalMs);
  // The loop alone never keeps the process alive.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
