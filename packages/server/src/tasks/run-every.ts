/**
 * A task the server runs every so often beside serving (the clock loop, the outbox's delivery):
 * runs never overlap — one asked for while another is going runs once right after it — a failed
 * run goes to `report` and the task goes on, and the timer alone never keeps the process alive.
 * @internal
 */

/** A running task. */
export interface RunningTask {
  /** Runs it now, or right after the run going now (e.g. when new work was just written). */
  poke(): void;
  /** Stops it and waits for a run in progress. */
  stop(): Promise<void>;
}

/** Runs `task` every `intervalMs`; see the module comment. */
export function runEvery(
  intervalMs: number,
  task: () => Promise<unknown>,
  report: (error: unknown) => void,
): RunningTask {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = task()
      .then(() => undefined, report)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    poke: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await running;
    },
  };
}
