/**
 * The contract between the host element (`opin-support.ts`, no Lit, ≤ 2 KB) and the panel that it
 * loads on first interaction (`panel/index.ts`, Lit + SDK + locale).
 * @internal
 */
import type { Locale } from '@opin/support-sdk';
import type { OpinSupportEventMap } from './events.js';
import type { PrefillFields } from './prefill-fields.js';

/** What the host knows from its attributes. */
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
}

/** Method calls the host forwards (queued until the panel has loaded, applied in order). */
export type PanelCommand =
  | { kind: 'prefill'; fields: PrefillFields }
  | { kind: 'showTicket'; id: string; accessToken: string }
  | { kind: 'reset' };

/** Lets the panel fire the element's public events from the host. */
export type EmitOpinEvent = <K extends keyof OpinSupportEventMap>(
  type: K,
  detail: OpinSupportEventMap[K],
) => void;

export interface PanelHost {
  emit: EmitOpinEvent;
  /** Asks the host to close the dialog (launcher mode), e.g. from the panel's close button. */
  requestClose(source: 'close-button'): void;
}

export interface PanelHandle {
  /** Attributes changed (locale included). */
  configure(config: PanelConfig): void;
  run(command: PanelCommand): void;
  /** The dialog has opened: move focus to the current step's heading. */
  focus(): void;
  /** The element left the document: stop streams, timers and listeners. */
  disconnect(): void;
}

/** The panel module's shape (`panel/index.ts`). */
export interface PanelModule {
  /**
   * Builds the panel in `container`. What the container already holds (the host's busy
   * indicator) is removed once the panel has something to show.
   */
  createPanel(container: HTMLElement, config: PanelConfig, host: PanelHost): PanelHandle;
}
