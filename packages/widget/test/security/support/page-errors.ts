/**
 * Records what goes wrong on the page without a test asking: unhandled promise rejections,
 * uncaught errors and `console.error` / `console.warn` calls.
 * @internal
 */

/** Everything recorded so far, as readable lines. */
export interface PageErrors {
  rejections: string[];
  errors: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
  /** Stops recording and puts `console` back. */
  stop(): void;
}

const format = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);

/** Starts recording. */
export function recordPageErrors(): PageErrors {
  const recorded: PageErrors = {
    rejections: [],
    errors: [],
    consoleErrors: [],
    consoleWarnings: [],
    stop: () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
      console.error = error;
      console.warn = warn;
    },
  };
  const onRejection = (event: PromiseRejectionEvent) =>
    recorded.rejections.push(format(event.reason));
  const onError = (event: ErrorEvent) => recorded.errors.push(format(event.error ?? event.message));
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    recorded.consoleErrors.push(args.map(format).join(' '));
    error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    recorded.consoleWarnings.push(args.map(format).join(' '));
    warn.apply(console, args);
  };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  return recorded;
}
