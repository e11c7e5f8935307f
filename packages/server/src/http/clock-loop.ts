/**
 * The server's clock loop: every `intervalMs`, whatever became due (a hand-off's acknowledgement
 * window ended, a resolved ticket's auto-close) is applied with the rules' own `runClock`, even
 * when no request comes. Any number of instances may run it: each due ticket is changed in its own
 * transaction under the ticket's row lock, and a change that is no longer due does nothing. Runs
 * never overlap (`../tasks/run-every.ts`).
 * @internal
 */
import { runClock, type DomainEnv } from '@opin/support-domain';
import { runEvery, type RunningTask } from '../tasks/run-every.js';

/** Starts the loop over `env`; a failed run goes to `report` and the loop goes on. */
export function startClockLoop(
  env: DomainEnv,
  intervalMs: number,
  report: (error: unknown) => void,
): RunningTask {
  return runEvery(intervalMs, () => runClock(env), report);
}
