/**
 * Lets one caller stop waiting for a shared promise without cancelling it for the others.
 * @internal
 */

/** `promise`, but rejecting early (with an `AbortError`) when `signal` aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  const reason = () =>
    signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(reason());
    const onAbort = () => reject(reason());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
