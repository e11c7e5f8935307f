/**
 * The contract between the host element (`opin-support.ts`, no Lit, ≤ 2 KB) and the panel that it
 * loads on first interaction (`panel/index.ts`, Lit + SDK + locale). The host hands the panel
 * itself: the panel reads its configuration from the element's public properties and fires the
 * element's events, so the host builds nothing for it (every byte of the host counts against its
 * budget; docs/design/widget.md).
 * @internal
 */
import type { Locale } from '@opin/support-sdk';
import type { PrefillFields } from './prefill-fields.js';

/** The configuration the panel works with, read from the host element's properties. */
export interface PanelConfig {
  apiBase: string;
  /** `opin` or the institution id whose portal embeds the widget. */
  origin: string;
  /** Preselected institution id, or null. */
  institution: string | null;
  /** Preselected topic id, or null. */
  topic: string | null;
  /** The resolved UI language (docs/design/widget.md: attribute, ancestor `lang`, browser, `fi`). */
  locale: Locale;
  mode: 'launcher' | 'inline';
  /** `hidden`: inline mode shows no language switch (the page has its own); else `shown`. */
  languageSwitch: string;
  /**
   * The `fallback-contact` attribute as it is now (read when needed, so it need not be observed):
   * another way to reach support when the API is down, an `https:` URL or an e-mail address; null
   * when the page sets none.
   */
  readonly fallbackContact: string | null;
}

/**
 * The host element as the panel sees it: the public properties its configuration comes from
 * (`lang` is the language in use), `hide()`, and the target of the element's public events.
 */
export interface PanelHostElement extends EventTarget {
  readonly apiBase: string;
  readonly origin: string;
  readonly institution: string | null;
  readonly topic: string | null;
  readonly lang: Locale;
  readonly mode: 'launcher' | 'inline';
  readonly languageSwitch: string;
  readonly isConnected: boolean;
  /** The launcher and the dialog are in it (parts `launcher` and `dialog`). */
  readonly shadowRoot: ShadowRoot | null;
  /** Attributes that have no property (`fallback-contact`: the launcher does not pay for them). */
  getAttribute(name: 'fallback-contact'): string | null;
  hide(): void;
}

/**
 * Tells the host that the learner picked `locale` in the panel: the element's `lang` reads it
 * until the page sets `lang` again. The panel fires `opin-locale-change` afterwards.
 */
export type PickLocale = (locale: Locale) => void;

/**
 * The response to the first step's request (`GET /topics?locale=` for the UI language), which the
 * host sent together with its request for the panel's code; `undefined` if that request failed.
 * The panel uses it for its own request to the same URL (once), and otherwise discards it.
 */
export type PrefetchedTopics = Promise<Response | undefined>;

/**
 * A locale's chunk as the host's `import()` of it resolves (`undefined` if it failed to load),
 * handed to the panel with the locale it was requested for (the element's `lang` may have changed
 * since). The panel takes that locale's translations from it rather than importing the chunk
 * again: a second `import()` of a module already loaded still resolves only in a later task, after
 * a frame.
 */
export type PrefetchedLocale = Promise<unknown>;

/** Method calls the host forwards (queued until the panel has loaded, applied in order). */
export type PanelCommand =
  | { kind: 'prefill'; fields: PrefillFields }
  | { kind: 'showTicket'; id: string; accessToken: string }
  | { kind: 'reset' };

export interface PanelHandle {
  /** The host's attributes changed (the locale included): read them again. */
  configure(): void;
  run(command: PanelCommand): void;
  /**
   * The dialog has opened (beside the page, non-modal): make it a modal full-screen sheet where it
   * covers the page (a phone, high zoom: `panel/dialog-frame.ts`), and move focus to the current
   * step's heading.
   */
  focus(): void;
  /**
   * The element left the document: stop streams, timers and listeners, and put back what the
   * container held before (the host's busy indicator), for the next panel.
   */
  disconnect(): void;
}

/**
 * Builds the panel in `container` for the host `element`. What the container already holds (the
 * host's busy indicator) is removed once the panel has something to show. The host's panel loader
 * resolves to this: the module's `createPanel` with the host's {@link PrefetchedTopics}.
 */
export type CreatePanel = (
  container: HTMLElement,
  element: PanelHostElement,
  pick: PickLocale,
) => PanelHandle;

/** The panel module's shape (`panel/index.ts`). */
export interface PanelModule {
  /** {@link CreatePanel}, with the response the host requested with the panel's code, if any. */
  createPanel(
    container: HTMLElement,
    element: PanelHostElement,
    pick: PickLocale,
    prefetched?: PrefetchedTopics,
    prefetchedLocale?: PrefetchedLocale,
    localeOfPrefetched?: Locale,
  ): PanelHandle;
  /**
   * Marks the host's launcher (its part `launcher`) while the newest ticket this browser
   * remembers for the element's API has a reply the learner has not read, following it live (code
   * of a chunk of its own); resolves to the function that stops it.
   */
  watchReplies(element: PanelHostElement): Promise<() => void>;
}
