/**
 * How a child process of the tooling (`../mock-server/`, `../support-server/`) ends: on the first
 * SIGTERM or SIGINT it closes what it runs; a second signal gets Node's default.
 * @internal
 */

/** Calls `close` on the first SIGTERM or SIGINT. */
export function closeOnSignal(close: () => Promise<void>): void {
  const stop = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void close();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
