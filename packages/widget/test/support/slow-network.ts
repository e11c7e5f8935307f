/**
 * A slow network on demand: matching requests reach the mock at once, but their responses are held
 * back until the test releases them, so they are surely in flight when the test closes or removes
 * the widget. Aborting a held request rejects it as `fetch` would (with the signal's reason).
 * No timers: the test decides when responses arrive.
 * @internal
 */

/** The held requests and how to let them through. */
export interface HeldResponses {
  /** Requests answered by the mock whose responses are being held back right now. */
  readonly pending: number;
  /** How many matching requests were made in all. */
  readonly total: number;
  /** Lets the held responses through and stops holding. */
  release(): void;
  /** Holds responses again (as after `holdResponses`). */
  hold(): void;
  /** Puts the page's `fetch` back (and releases what is held). */
  undo(): void;
}

/** Holds the responses to requests for which `matches` is true. */
export function holdResponses(matches: (method: string, path: string) => boolean): HeldResponses {
  const original = window.fetch.bind(window);
  let open = (): void => undefined;
  let gate = Promise.resolve();
  const close = () => {
    gate = new Promise<void>((resolve) => (open = resolve));
  };
  close();
  let holding = true;
  let undone = false;
  let pending = 0;
  let total = 0;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (undone || !holding || !matches(request.method, new URL(request.url).pathname)) {
      return original(input, init);
    }
    total += 1;
    pending += 1;
    const signal = init?.signal ?? request.signal;
    try {
      const response = await original(input, init);
      const held = gate;
      await new Promise<void>((resolve, reject) => {
        const abort = () =>
          reject(
            signal.reason instanceof Error
              ? signal.reason
              : new DOMException('Aborted', 'AbortError'),
          );
        if (signal.aborted) return abort();
        signal.addEventListener('abort', abort, { once: true });
        void held.then(() => {
          signal.removeEventListener('abort', abort);
          resolve();
        });
      });
      return response;
    } finally {
      pending -= 1;
    }
  };
  return {
    get pending() {
      return pending;
    },
    get total() {
      return total;
    },
    release: () => {
      holding = false;
      open();
    },
    hold: () => {
      if (holding) return;
      holding = true;
      close();
    },
    undo: () => {
      undone = true;
      open();
      window.fetch = original;
    },
  };
}
