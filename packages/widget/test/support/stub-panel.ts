/**
 * A stand-in for the lazily loaded panel: a `createPanel` that renders a heading, a text field and
 * a close button, handles the dialog's close requests as the real panel does, and records every call the host makes. `installStubPanel()` swaps it in through
 * the host's panel loader (`src/panel-loader.ts`); `restore()` puts the real loader back.
 * @internal
 */
import type {
  CreatePanel,
  PanelCommand,
  PanelConfig,
  PanelHandle,
  PanelHostElement,
  PickLocale,
} from '../../src/panel-contract.js';
import { panelLoader } from '../../src/panel-loader.js';
import { handleCloseRequests } from '../../src/panel/dialog-close.js';
import { panelConfig, panelHost, type PanelHost } from '../../src/panel/host.js';

/** One call the host made on a stub panel. */
export type PanelCall =
  | { method: 'configure'; config: PanelConfig }
  | { method: 'run'; command: PanelCommand }
  | { method: 'focus' }
  | { method: 'disconnect' };

/**
 * One `createPanel` call and what happened to that panel afterwards. `config` is what the host
 * element's properties said then (each `configure` call records what they say at that call);
 * `host` fires the element's events as the real panel does (`src/panel/host.ts`).
 */
export interface StubPanelInstance {
  container: HTMLElement;
  config: PanelConfig;
  host: PanelHost;
  calls: PanelCall[];
  heading: HTMLHeadingElement;
  closeButton: HTMLButtonElement;
}

export interface StubPanel {
  /** How many times the host asked for the panel module. */
  loads: number;
  /** Every panel created, in order. */
  panels: StubPanelInstance[];
  /** The most recently created panel; throws if there is none. */
  readonly last: StubPanelInstance;
  /** Resolves with the `count`-th panel once it has been created. */
  created(count?: number): Promise<StubPanelInstance>;
  /** Makes the next loads wait until the returned function is called. */
  hold(): () => void;
  /** Makes the next load fail (as if the chunk could not be fetched). */
  failNextLoad(): void;
  /** Puts the real loader back. */
  restore(): void;
}

function createInstance(
  container: HTMLElement,
  element: PanelHostElement,
  pick: PickLocale,
): StubPanelInstance & PanelHandle {
  const host = panelHost(element, pick);
  // The dialog's close requests, as the real panel handles them.
  handleCloseRequests(container, element, host);
  const heading = document.createElement('h2');
  heading.tabIndex = -1;
  heading.textContent = 'Stub panel';
  const field = document.createElement('input');
  field.setAttribute('aria-label', 'Stub field');
  const closeButton = document.createElement('button');
  closeButton.textContent = 'Close';
  closeButton.addEventListener('click', () => host.requestClose('close-button'));
  // Shows at once: like the real panel, it replaces the host's busy indicator as it shows, and
  // puts it back when it is disconnected.
  const placeholders = [...container.childNodes];
  container.replaceChildren(heading, field, closeButton);
  const calls: PanelCall[] = [];
  return {
    container,
    config: panelConfig(element),
    host,
    calls,
    heading,
    closeButton,
    configure: () => calls.push({ method: 'configure', config: panelConfig(element) }),
    run: (command) => calls.push({ method: 'run', command }),
    focus: () => {
      calls.push({ method: 'focus' });
      heading.focus();
    },
    disconnect: () => {
      calls.push({ method: 'disconnect' });
      container.replaceChildren(...placeholders);
    },
  };
}

/** Replaces the panel loader with a recording stub. */
export function installStubPanel(): StubPanel {
  const original = panelLoader.load;
  let gate: Promise<void> = Promise.resolve();
  let failNext = false;
  const waiting: { count: number; resolve: (panel: StubPanelInstance) => void }[] = [];
  const stub: StubPanel = {
    loads: 0,
    panels: [],
    get last() {
      const panel = stub.panels.at(-1);
      if (!panel) throw new Error('No panel has been created.');
      return panel;
    },
    created(count = 1) {
      const panel = stub.panels[count - 1];
      if (panel) return Promise.resolve(panel);
      return new Promise((resolve) => waiting.push({ count, resolve }));
    },
    hold() {
      let release = (): void => undefined;
      gate = new Promise((resolve) => (release = resolve));
      return () => release();
    },
    failNextLoad() {
      failNext = true;
    },
    restore() {
      panelLoader.load = original;
    },
  };
  const createPanel: CreatePanel = (container, element, pick) => {
    const instance = createInstance(container, element, pick);
    stub.panels.push(instance);
    for (const waiter of waiting.filter(({ count }) => count === stub.panels.length)) {
      waiter.resolve(instance);
    }
    return instance;
  };
  panelLoader.load = async () => {
    stub.loads += 1;
    await gate;
    if (failNext) {
      failNext = false;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return createPanel;
  };
  return stub;
}
