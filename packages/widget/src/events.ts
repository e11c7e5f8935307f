/**
 * The events of `<opin-support>`: one definition each (`OpinSupportEventMap`), all `bubbles` and
 * `composed`. The DOM's `HTMLElementEventMap` and the React props (`react-events.ts`) follow from
 * it; the element's `@fires` tags (for the manifest) are checked against it by
 * `test/unit/events.test.ts`.
 */
import type { Locale, TicketStatus } from '@opin/support-sdk';

/** Event name → `detail` type. */
export interface OpinSupportEventMap {
  /** The dialog opened. */
  'opin-show': Record<string, never>;
  /** The dialog closed. */
  'opin-hide': Record<string, never>;
  /** Cancelable: the dialog is about to close (the panel's close button, or Escape in the panel). */
  'opin-request-close': { source: 'close-button' | 'escape' };
  /**
   * The learner switched the UI language in the panel (`locale`: the new one). Not fired when the
   * page sets `lang` (attribute or property): the widget follows that without an event.
   */
  'opin-locale-change': { locale: Locale };
  /** An article was opened. */
  'opin-article-view': { articleId: string; locale: Locale };
  /** The learner said an article solved their matter. */
  'opin-self-served': { articleId: string; topicId: string };
  /** The server accepted a ticket. */
  'opin-ticket-created': {
    id: string;
    receivingDesk: string;
    answeringDesk: string;
    language: Locale;
  };
  /** A watched ticket changed. */
  'opin-ticket-updated': { id: string; status: TicketStatus; owner: string; version: number };
  /** Something failed that the learner was told about. */
  'opin-error': { code: string; message: string };
}

export type OpinSupportEventName = keyof OpinSupportEventMap;

/**
 * Dispatches one of the host's own events from `target`: bubbling, composed, not cancelable (the
 * panel fires the rest, `opin-request-close` among them: `panel/host.ts`).
 */
export function dispatchOpinEvent<K extends OpinSupportEventName>(
  target: EventTarget,
  type: K,
  detail: OpinSupportEventMap[K],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Each event as the DOM types it: a `CustomEvent` of its `detail`. */
export type OpinSupportEvents = {
  [K in OpinSupportEventName]: CustomEvent<OpinSupportEventMap[K]>;
};

declare global {
  /** `addEventListener('opin-ticket-created', …)` and the like get the event's `detail` type. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's map
  interface HTMLElementEventMap extends OpinSupportEvents {}
}
