/**
 * How the mock reports an unexpected failure to the developer running it: the error's stack (names
 * and lines of code) on stderr, never the request, its headers or its body.
 * @internal
 */

/** Logs `error` on stderr. */
export function logInternalError(error: unknown): void {
  const what =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : typeof error;
  console.error(`[opin-mock-server] internal error: ${what}`);
}
