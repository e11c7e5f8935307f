/**
 * The panel module `<opin-support>` loads on first interaction (`panel-loader.ts`): `createPanel`
 * builds the Lit panel, the SDK client and the stores for the host element, and answers the
 * host's calls (`PanelModule`). `buildPanel` is the same from a configuration and a host of the
 * caller's (the panel's tests). `watchReplies` marks the launcher when a reply arrives, for a page
 * whose visitor has a ticket (`reply-badge/watch-replies.ts`).
 * @internal
 */
import { createSupportClient } from '@opin/support-sdk';
import type { PanelConfig, PanelHandle, PanelModule, PrefetchedTopics } from '../panel-contract.js';
import type { PanelServices } from './context.js';
import { DeskDirectory } from './data/desk-directory.js';
import { offerLocale } from './localization.js';
import { prefetchHandover } from './data/prefetched-topics.js';
import { TopicCache } from './data/topic-cache.js';
import { handleCloseRequests } from './dialog-close.js';
import { frameDialog, modalWhereSheet } from './dialog-frame.js';
import './define.js';
import { panelConfig, panelHost, type PanelHost } from './host.js';
import { DraftStore } from './stores/draft-store.js';
import { createSafeStorage, type SafeStorage } from './stores/safe-storage.js';
import { TicketStore } from './stores/ticket-store.js';

/**
 * The SDK client (with `fetch`), everything that caches its answers, and its tickets, for one API
 * base.
 */
function apiServices(apiBase: string, storage: SafeStorage, fetch: typeof globalThis.fetch) {
  const client = createSupportClient({ baseUrl: apiBase, fetch });
  return {
    client,
    desks: new DeskDirectory(client),
    topics: new TopicCache(client),
    // Keyed by API origin: a ticket's access token never goes to another API.
    tickets: new TicketStore(storage, apiBase),
  };
}

/**
 * `PanelModule.watchReplies`: the reply badge's watcher, from a chunk of its own, which an inline
 * panel (no launcher) does not load.
 */
export const watchReplies: PanelModule['watchReplies'] = (element) =>
  element.mode === 'launcher'
    ? import('./reply-badge/index.js').then((badge) => badge.watchReplies(element))
    : Promise.resolve(() => undefined);

/** A panel built by {@link buildPanel}: `PanelHandle`, configured with a configuration. */
export interface PanelControl extends Omit<PanelHandle, 'configure'> {
  configure(config: PanelConfig): void;
}

/**
 * `PanelModule.createPanel`: the panel for the host `element`, configured by its properties, with
 * the translations of the host's import of a language's chunk (`offerLocale`).
 */
export const createPanel: PanelModule['createPanel'] = (
  container,
  element,
  pick,
  prefetched,
  prefetchedLocale,
  localeOfPrefetched,
) => {
  if (prefetchedLocale && localeOfPrefetched) offerLocale(localeOfPrefetched, prefetchedLocale);
  const host = panelHost(element, pick);
  handleCloseRequests(container, element, host);
  const panel = buildPanel(container, panelConfig(element), host, prefetched);
  // A ticket filed in this visit gets the launcher's badge too: the watcher now follows it (the
  // launcher started one at connect only if a ticket was remembered then).
  let badge: Promise<() => void> | undefined;
  const followNewTicket = () => {
    // The chunk did not load (offline): no badge, as for a visit that began with the ticket.
    if (element.mode === 'launcher') badge = watchReplies(element).catch(() => () => undefined);
  };
  element.addEventListener('opin-ticket-created', followNewTicket);
  return {
    ...panel,
    configure: () => panel.configure(panelConfig(element)),
    disconnect: () => {
      element.removeEventListener('opin-ticket-created', followNewTicket);
      void badge?.then((stop) => stop());
      panel.disconnect();
    },
  };
};

/**
 * Builds `<opin-support-panel>` inside `container` and returns the handle to it. The response the
 * host requested with the panel's code (`prefetched`), if any, answers the panel's first request
 * for the topics (`data/prefetched-topics.ts`).
 */
export function buildPanel(
  container: HTMLElement,
  config: PanelConfig,
  host: PanelHost,
  prefetched?: PrefetchedTopics,
): PanelControl {
  const storage: SafeStorage = createSafeStorage();
  const handover = prefetchHandover(prefetched);
  const panel = document.createElement('opin-support-panel');
  // The host page styles the panel as `opin-support::part(header)` etc.
  panel.setAttribute('exportparts', 'header, body, footer');
  const services: PanelServices = {
    ...apiServices(config.apiBase, storage, handover.fetch),
    drafts: new DraftStore(storage, config.origin),
    host,
  };
  panel.services = services;
  panel.config = config;
  // What the host put in the container (its busy indicator) stays until the panel shows
  // something, and comes back when the panel stops, for the next one.
  const placeholders = [...container.childNodes];
  frameDialog(container);
  container.append(panel);
  void panel.shown.then(() => {
    for (const node of placeholders) node.remove();
  });
  void panel.begin();

  return {
    configure(next) {
      const previous = panel.config;
      if (next.apiBase !== previous.apiBase) {
        Object.assign(services, apiServices(next.apiBase, storage, handover.fetch));
      }
      if (next.origin !== previous.origin) services.drafts = new DraftStore(storage, next.origin);
      panel.config = next;
    },
    run(command) {
      switch (command.kind) {
        case 'prefill':
          return panel.prefill(command.fields);
        case 'showTicket':
          return panel.showTicket(command.id, command.accessToken);
        case 'reset':
          return panel.reset();
      }
    },
    focus() {
      modalWhereSheet(container);
      void panel.focusHeading();
    },
    disconnect() {
      panel.stop();
      handover.discard();
      container.replaceChildren(...placeholders);
    },
  };
}
