/**
 * Counts what stays behind: timers and `window`/`document` listeners registered by the widget's
 * code (its sources, the SDK's, Lit's), and the event streams the in-page mock is serving. Each
 * registration is attributed by the call stack it was made from, so the test harness's own timers
 * (mocha, msw, `waitUntil`) never count.
 *
 * Streams: the in-page mock counts the `GET /tickets/{id}/events` streams it serves
 * (`MockApi.streamStats().open`); its own timers (one heartbeat per followed ticket) are not the
 * widget's.
 * @internal
 */

/** A registration still in place: what it is and where it was made. */
interface Live {
  what: string;
  origin: 'widget' | 'server' | 'other';
  stack: string;
}

export interface LeakMeter {
  /** Timers the widget, the SDK or Lit set that have neither fired nor been cleared. */
  timers(): string[];
  /** `window` and `document` listeners the widget, the SDK or Lit added and did not remove. */
  listeners(): string[];
  /** Ticket event streams the mock is serving right now. */
  serverStreams(): number;
  /** Stops measuring and puts the page's functions back. */
  stop(): void;
}

const widgetCode = /\/packages\/(widget|sdk)\/src\/|\/node_modules\/(\.pnpm\/)?(@lit|lit)[+@/-]/;
const mockCode = /\/packages\/mock-server\/src\//;

function origin(): [Live['origin'], string] {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  // Drop the frames of this module and of the wrapper that called it.
  const stack = (new Error().stack ?? '').split('\n').slice(3).join('\n');
  Error.stackTraceLimit = limit;
  if (mockCode.test(stack)) return ['server', stack];
  return [widgetCode.test(stack) ? 'widget' : 'other', stack];
}

/**
 * Starts measuring; everything registered before this call is ignored. `openStreams` reads the
 * in-page mock's count of open event streams.
 */
export function startLeakMeter(openStreams: () => number): LeakMeter {
  const timers = new Map<number, Live>();
  const listeners = new Map<string, Live>();
  const restores: (() => void)[] = [];
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: unknown): string => {
    if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) return '-';
    if (!ids.has(value)) ids.set(value, (nextId += 1));
    return String(ids.get(value));
  };

  const names = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] as const;
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
  restores.push(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
    }
  });
  const setT = window.setTimeout.bind(window);
  const setI = window.setInterval.bind(window);
  const clearT = window.clearTimeout.bind(window);
  const clearI = window.clearInterval.bind(window);
  const track = (kind: string, id: number) => {
    const [where, stack] = origin();
    timers.set(id, { what: kind, origin: where, stack });
  };
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const run =
      typeof handler === 'function'
        ? (...args: unknown[]) => {
            timers.delete(id);
            (handler as (...a: unknown[]) => void)(...args);
          }
        : handler;
    const id = setT(run, ms, ...rest);
    track(`setTimeout(${String(ms)})`, id);
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = setI(handler, ms, ...rest);
    track(`setInterval(${String(ms)})`, id);
    return id;
  }) as typeof window.setInterval;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearT(id);
  }) as typeof window.clearTimeout;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearI(id);
  }) as typeof window.clearInterval;

  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const keyOf = (type: string, listener: unknown, options: unknown) => {
      const capture =
        typeof options === 'boolean'
          ? options
          : Boolean((options as AddEventListenerOptions | undefined)?.capture);
      return `${name}:${type}:${idOf(listener)}:${String(capture)}`;
    };
    // Own properties shadow `EventTarget.prototype`'s methods; deleting them restores those.
    target.addEventListener = (type: string, listener: unknown, options?: unknown) => {
      const key = keyOf(type, listener, options);
      const [where, stack] = origin();
      listeners.set(key, { what: `${name} ${type}`, origin: where, stack });
      (options as AddEventListenerOptions | undefined)?.signal?.addEventListener('abort', () =>
        listeners.delete(key),
      );
      add(type, listener as EventListener, options as AddEventListenerOptions);
    };
    target.removeEventListener = (type: string, listener: unknown, options?: unknown) => {
      listeners.delete(keyOf(type, listener, options));
      remove(type, listener as EventListener, options as EventListenerOptions);
    };
    restores.push(() => {
      Reflect.deleteProperty(target, 'addEventListener');
      Reflect.deleteProperty(target, 'removeEventListener');
    });
  }

  const format = (live: Live) => `${live.what}\n${live.stack.split('\n').slice(0, 4).join('\n')}`;
  const widgetOnly = (all: Iterable<Live>) =>
    [...all].filter((live) => live.origin === 'widget').map(format);
  return {
    timers: () => widgetOnly(timers.values()),
    listeners: () => widgetOnly(listeners.values()),
    serverStreams: openStreams,
    stop: () => restores.forEach((restore) => restore()),
  };
}
