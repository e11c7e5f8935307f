/**
 * Vite's dev and preview servers end the process on SIGTERM as soon as they have closed (a listener
 * each adds when it starts). The examples server also closes the mock API and says when both have
 * stopped, so it takes SIGTERM over: the SIGTERM listeners added while vite starts are removed.
 * @internal
 */

/** Runs `start` (which starts a vite server) and removes the SIGTERM listeners it added. */
export async function withoutViteSigtermExit<T>(start: () => Promise<T>): Promise<T> {
  const before = new Set(process.listeners('SIGTERM'));
  try {
    return await start();
  } finally {
    for (const listener of process.listeners('SIGTERM')) {
      if (!before.has(listener)) process.off('SIGTERM', listener);
    }
  }
}
