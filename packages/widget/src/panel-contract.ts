/**
 * The contract between the host element (`opin-support.ts`, no Lit, ≤ 2 KB) and the panel that it
 * loads on first interaction (`panel/index.ts`, Lit + SDK + locale).
 * @internal
 */
import type { Locale } from '@opin/support-sdk';
import type { OpinSupportEventMap } from './events.js';

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

/**
 * What `prefill()` may start a ticket with: the form's fields, and what the ticket is about.
 * Empty strings (and values that are not strings) are ignored.
 *
 * The learner's text always wins: a field takes the given text only while it is empty or still
 * holds the text an earlier `prefill()` put there, never when the learner has typed in it (now, or
 * in a draft kept in this browser from an earlier visit). The same holds for `institution` and the
 * institution the learner chose. While a ticket whose send was interrupted waits to go out again,
 * `prefill()` changes nothing.
 */
export interface PrefillFields {
  /** The ticket's subject. */
  subject?: string;
  /** The description of the matter. */
  description?: string;
  /** The learner's e-mail address, where answers go. */
  email?: string;
  /** The learner's name. */
  name?: string;
  /**
   * A topic id (as `GET /topics` lists them): the panel goes to that topic's ticket form, with its
   * routing preview, so opening the widget shows it (an open panel goes there at once; Back
   * returns). A topic that needs an institution when none is known (`institution` here, the
   * learner's earlier choice, the `institution` attribute) opens on the topic's page instead,
   * where the learner chooses one. Without a topic, a subject or description makes the start
   * screen say that a message has been started; the learner then chooses the topic.
   */
  topic?: string;
  /** The id of the institution the matter concerns (for topics that need one). */
  institution?: string;
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
