/**
 * What every step gets from the panel: the SDK client, the stores, the desk names, and ways to
 * move on, announce and report.
 * @internal
 */
import type { Locale, SupportClient, Topic } from '@opin/support-sdk';
import type { PanelConfig } from '../panel-contract.js';
import type { DeskDirectory } from './data/desk-directory.js';
import type { TopicCache } from './data/topic-cache.js';
import type { EmitOpinEvent, PanelHost } from './host.js';
import type { Step } from './steps/shared/step.js';
import type { DraftStore } from './stores/draft-store.js';
import type { TicketStore } from './stores/ticket-store.js';

/** What the panel is built from (see `createPanel`). */
export interface PanelServices {
  client: SupportClient;
  desks: DeskDirectory;
  topics: TopicCache;
  drafts: DraftStore;
  tickets: TicketStore;
  host: PanelHost;
}

/** Services shared by the panel's steps. */
export interface PanelContext {
  readonly client: SupportClient;
  readonly config: PanelConfig;
  readonly desks: DeskDirectory;
  readonly drafts: DraftStore;
  readonly tickets: TicketStore;
  /** Fires one of `<opin-support>`'s public events. */
  readonly emit: EmitOpinEvent;
  /**
   * Moves to `step` and focuses its heading; Back returns to the current step, or to `here` when
   * given (the current step as it now stands, e.g. the start step with its search).
   */
  navigate(step: Step, here?: Step): void;
  /** Says `message` through the polite live region. */
  announce(message: string): void;
  /** Tells the host page (`opin-error`) about a failure the learner was shown. */
  reportError(code: string, message: string): void;
  /** Loads the topics in `locale` (cached per locale). */
  topics(locale: Locale, signal?: AbortSignal): Promise<Topic[]>;
}

/** The part of the panel a context is a view of. */
export interface ContextSource {
  readonly services: PanelServices;
  readonly config: PanelConfig;
  navigate(step: Step, here?: Step): void;
  announce(message: string): void;
  topics(locale: Locale, signal?: AbortSignal): Promise<Topic[]>;
}

/** The steps' context: live views of `panel`'s services and its navigation. */
export function createContext(panel: ContextSource): PanelContext {
  return {
    get client() {
      return panel.services.client;
    },
    get config() {
      return panel.config;
    },
    get desks() {
      return panel.services.desks;
    },
    get drafts() {
      return panel.services.drafts;
    },
    get tickets() {
      return panel.services.tickets;
    },
    emit: (type, detail) => panel.services.host.emit(type, detail),
    navigate: (step, here) => panel.navigate(step, here),
    announce: (text) => panel.announce(text),
    reportError: (code, message) => panel.services.host.emit('opin-error', { code, message }),
    topics: (locale, signal) => panel.topics(locale, signal),
  };
}
