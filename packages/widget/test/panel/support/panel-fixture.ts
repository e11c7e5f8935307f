/**
 * Builds the real panel through `buildPanel` (what the host's `createPanel` runs) against the
 * in-page mock API, and records the events it asks the host to fire.
 * @internal
 */
import type { OpinSupportEventMap } from '../../../src/events.js';
import type { PanelConfig } from '../../../src/panel-contract.js';
import { buildPanel, type PanelControl } from '../../../src/panel/index.js';
import type { OpinSupportPanel } from '../../../src/panel/panel.component.js';
import { apiBase } from '../../support/mock-api.js';
import { settle } from './dom.js';

/** One event the panel emitted through the host. */
export interface Emitted {
  type: keyof OpinSupportEventMap;
  detail: unknown;
}

/** A panel under test. */
export interface PanelUnderTest {
  panel: OpinSupportPanel;
  handle: PanelControl;
  container: HTMLElement;
  events: Emitted[];
  closes: string[];
  /** The details of every emitted event of `type`. */
  detailsOf: <K extends keyof OpinSupportEventMap>(type: K) => OpinSupportEventMap[K][];
  remove: () => void;
}

const mounted = new Set<PanelUnderTest>();

/** Mounts a panel in `locale` (inline unless told otherwise) and waits for its first render. */
export async function mountPanel(config: Partial<PanelConfig> = {}): Promise<PanelUnderTest> {
  const container = document.createElement('div');
  document.body.append(container);
  const events: Emitted[] = [];
  const closes: string[] = [];
  const full: PanelConfig = {
    apiBase,
    origin: 'opin',
    institution: null,
    topic: null,
    locale: 'en',
    mode: 'inline',
    languageSwitch: 'shown',
    fallbackContact: null,
    ...config,
  };
  const handle = buildPanel(container, full, {
    emit: (type, detail) => events.push({ type, detail }),
    requestClose: (source) => closes.push(source),
  });
  const panel = container.querySelector('opin-support-panel');
  if (!panel) throw new Error('buildPanel rendered no <opin-support-panel>');
  const mountedPanel: PanelUnderTest = {
    panel,
    handle,
    container,
    events,
    closes,
    detailsOf: <K extends keyof OpinSupportEventMap>(type: K) =>
      events.filter((e) => e.type === type).map((e) => e.detail as OpinSupportEventMap[K]),
    remove: () => {
      handle.disconnect();
      container.remove();
      mounted.delete(mountedPanel);
    },
  };
  mounted.add(mountedPanel);
  await settle(panel);
  return mountedPanel;
}

/** Removes every panel still mounted (call in `afterEach`). */
export function unmountAll(): void {
  for (const panel of [...mounted]) panel.remove();
}
