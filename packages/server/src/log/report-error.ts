/**
 * How an unexpected failure of a request reaches the operator: the error's name and where in the
 * code it happened (the stack's frames), never its message, which may quote stored data, nor the
 * request, its headers or its body.
 * @internal
 */
import type { Logger } from './logger.js';

/**
 * Logs `error` at level error as `what` failed (a request, unless told otherwise), with its name
 * and stack frames only.
 */
export function reportRequestError(log: Logger, error: unknown, what = 'request'): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames =
    error instanceof Error
      ? (error.stack ?? '')
          .split('\n')
          .filter((line) => line.trimStart().startsWith('at '))
          .map((line) => line.trim())
      : [];
  log.error({ err: { name, frames } }, `${what} failed`);
}
