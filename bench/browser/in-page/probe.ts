/**
 * The in-page probe, bundled as a classic script and injected with `page.addInitScript` before
 * any page script runs: it collects long tasks from the start and times an opening from the
 * learner's first pointer, key or click event to focus on a visible dialog heading.
 * @internal
 */
import type { LongTaskRecord, OpenMarks, Probe, ResourceRecord } from '../probe-api.js';

const longTasks: LongTaskRecord[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }
}).observe({ type: 'longtask', buffered: true });

const activationEvents = ['pointerover', 'pointerdown', 'keydown', 'click'] as const;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The focused element, followed into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `element` lies in an open `<dialog>`, looking through shadow roots. */
function inOpenDialog(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    const dialog: HTMLDialogElement | null = node.closest('dialog');
    if (dialog) return dialog.open;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

function headingShown(): boolean {
  const active = deepActiveElement();
  return (
    active !== null &&
    /^H[1-6]$/.test(active.tagName) &&
    inOpenDialog(active) &&
    active.checkVisibility()
  );
}

let pending: Promise<OpenMarks> | undefined;

function watchOpening(): Promise<OpenMarks> {
  return new Promise((resolve) => {
    let activated: number | undefined;
    let headingFocused: number | undefined;
    const onActivation = (event: Event) => {
      activated ??= event.timeStamp;
      check();
    };
    const check = () => {
      if (activated === undefined || headingFocused !== undefined || !headingShown()) return;
      const marks = { activated, headingFocused: (headingFocused = performance.now()) };
      for (const type of activationEvents) removeEventListener(type, onActivation, true);
      removeEventListener('focusin', check, true);
      // After the next animation frame has run, a new task starts once that frame is produced.
      requestAnimationFrame(() =>
        setTimeout(() => resolve({ ...marks, nextFrame: performance.now() })),
      );
    };
    for (const type of activationEvents) addEventListener(type, onActivation, true);
    addEventListener('focusin', check, true);
    const poll = () => {
      check();
      if (headingFocused === undefined) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

const probe: Probe = {
  longTasks: () => [...longTasks],
  settle: async (quietMs) => {
    await nextFrame();
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  },
  armOpen: () => {
    pending = watchOpening();
  },
  openMarks: (timeoutMs) => {
    const marks = pending ?? Promise.reject(new Error('armOpen() was not called'));
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no dialog heading focused in ${timeoutMs} ms`)),
        timeoutMs,
      ),
    );
    return Promise.race([marks, timeout]);
  },
  requestsSince: (since) =>
    performance
      .getEntriesByType('resource')
      .flatMap((entry): ResourceRecord[] =>
        entry instanceof PerformanceResourceTiming && entry.startTime >= since
          ? [{ url: entry.name, startTime: entry.startTime, responseEnd: entry.responseEnd }]
          : [],
      ),
};

window.__opinBenchProbe = probe;
