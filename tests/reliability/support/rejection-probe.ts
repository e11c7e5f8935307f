/**
 * @internal Catches unhandled promise rejections during each test of the calling file, so a test
 * can assert there were none (or, to prove the probe works, that there was one).
 */
import { afterEach, beforeEach } from 'vitest';

type Listener = (...args: unknown[]) => void;

/** The reasons of the current test's unhandled rejections. */
export function useRejectionProbe(): unknown[] {
  const reasons: unknown[] = [];
  const record = (reason: unknown) => reasons.push(reason);
  let displaced: Listener[] = [];
  beforeEach(() => {
    reasons.length = 0;
    // The probe stands in for the runner's own listener, so that a test can also show that an
    // unhandled rejection is caught (the runner would fail the whole run on it).
    displaced = process.listeners('unhandledRejection') as Listener[];
    process.removeAllListeners('unhandledRejection');
    process.on('unhandledRejection', record);
  });
  afterEach(() => {
    process.off('unhandledRejection', record);
    for (const listener of displaced) process.on('unhandledRejection', listener);
  });
  return reasons;
}

/** A few turns of the event loop, after which any unhandled rejection has been reported. */
export async function letRejectionsSurface(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
}
