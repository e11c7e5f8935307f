/**
 * Waiting in the browser tests: until a condition holds, never for a fixed time. The ceiling is
 * generous because it is only reached when something is wrong: @open-wc/testing's own
 * `waitUntil` gives up after one second, which a busy 2-core machine can spend on one render.
 * ESLint sends every browser test here (`no-restricted-imports` in eslint.config.js).
 */
// eslint-disable-next-line no-restricted-imports -- the one place that wraps it
import { waitUntil as waitUntilOrOneSecond } from '@open-wc/testing';

/** How long a browser test waits for a condition before it fails (ms). */
export const patience = 15_000;

/** Resolves once `condition` holds; rejects with `message` if it does not within `patience`. */
export function waitUntil(
  condition: () => unknown,
  message?: string,
  options: { interval?: number } = {},
): Promise<void> {
  return waitUntilOrOneSecond(condition, message, { ...options, timeout: patience });
}
