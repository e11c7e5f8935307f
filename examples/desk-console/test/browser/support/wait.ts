/**
 * Waiting in the browser tests: until a condition holds, never for a fixed time. The ceiling is
 * generous because it is only reached when something is wrong (a busy 2-core machine can spend a
 * second on one render).
 * @internal
 */

/** How long a test waits for a condition before it fails (ms). */
export const patience = 15_000;

/** Resolves with the first truthy value of `probe`; rejects with `message` after `patience`. */
export async function waitFor<T>(probe: () => T | null | undefined | false, message: string) {
  const deadline = performance.now() + patience;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`Timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
