/**
 * The panel module `<opin-support>` loads on first interaction (`panel-loader.ts`): `createPanel`
 * builds the Lit panel, the SDK client and the stores, and answers the host's calls
 * (`PanelModule`).
 * @internal
 */
import { createSupportClient } from '@opin/support-sdk';
import type { PanelConfig, PanelHandle, PanelHost } from '../panel-contract.js';
import type { PanelServices } from './context.js';
import { DeskDirectory } from './data/desk-directory.js';
import { TopicCache } from './data/topic-cache.js';
import './define.js';
import { DraftStore } from './stores/draft-store.js';
import { createSafeStorage, type SafeStorage } from './stores/safe-storage.js';
import { TicketStore } from './stores/ticket-store.js';

/** The SDK client, everything that caches its answers, and its tickets, for one API base. */
function apiServices(apiBase: string, storage: SafeStorage) {
  const client = createSupportClient({ baseUrl: apiBase });
  return {
    client,
    desks: new DeskDirectory(client),
    topics: new TopicCache(client),
    // Keyed by API origin: a ticket's access token never goes to another API.
    tickets: new TicketStore(storage, apiBase),
  };
}

/** Builds `<opin-support-panel>` inside `container` and returns the host's handle to it. */
export function createPanel(
  container: HTMLElement,
  config: PanelConfig,
  host: PanelHost,
): PanelHandle {
  const storage: SafeStorage = createSafeStorage();
  const panel = document.createElement('opin-support-panel');
  // The host page styles the panel as `opin-support::part(header)` etc.
  panel.setAttribute('exportparts', 'header, body, footer');
  const services: PanelServices = {
    ...apiServices(config.apiBase, storage),
    drafts: new DraftStore(storage, config.origin),
    host,
  };
  panel.services = services;
  panel.config = config;
  // What the host put in the container (its busy indicator) stays until the panel shows something.
  const placeholders = [...container.childNodes];
  container.append(panel);
  void panel.shown.then(() => {
    for (const node of placeholders) node.remove();
  });
  void panel.begin();

  return {
    configure(next) {
      const previous = panel.config;
      if (next.apiBase !== previous.apiBase) {
        Object.assign(services, apiServices(next.apiBase, storage));
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
      void panel.focusHeading();
    },
    disconnect() {
      panel.stop();
    },
  };
}
