/**
 * The panel's side of the host element (`PanelHostElement` in `panel-contract.ts`): the
 * configuration, read from the element's public properties, and the element's public events,
 * fired by the panel on the element. The host builds neither: what runs only once the panel is
 * there costs the launcher no bytes.
 * @internal
 */
import type { Locale } from '@opin/support-sdk';
import type { OpinSupportEventMap } from '../events.js';
import type { PanelConfig, PanelHostElement, PickLocale } from '../panel-contract.js';

/** Fires one of `<opin-support>`'s public events. */
export type EmitOpinEvent = <K extends keyof OpinSupportEventMap>(
  type: K,
  detail: OpinSupportEventMap[K],
) => void;

/** What the panel asks of its host. */
export interface PanelHost {
  emit: EmitOpinEvent;
  /** Asks to close the dialog (launcher mode): the panel's close button, or Escape. */
  requestClose(source: 'close-button' | 'escape'): void;
}

/**
 * Fires `type` from `element` as the host does (`dispatchOpinEvent` in `events.ts`): bubbling,
 * composed. Not imported from there: a module that both the launcher and the panel import would
 * become a chunk of its own, a second request (`scripts/bundle/chunk-layout.ts`).
 */
function fire<K extends keyof OpinSupportEventMap>(
  element: EventTarget,
  type: K,
  detail: OpinSupportEventMap[K],
  cancelable?: boolean,
): boolean {
  return element.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}

/** The configuration `element`'s properties say now (`fallbackContact` whenever it is read). */
export function panelConfig(element: PanelHostElement): PanelConfig {
  const { apiBase, origin, institution, topic, lang: locale, mode, languageSwitch } = element;
  return {
    apiBase,
    origin,
    institution,
    topic,
    locale,
    mode,
    languageSwitch,
    get fallbackContact() {
      return element.getAttribute('fallback-contact');
    },
  };
}

/**
 * The host as the panel uses it: events fired on `element`; the learner's own switch of language
 * first told to the host (`pick`), so that the launcher follows it; a close request that the page
 * may cancel (`opin-request-close`) before the dialog closes.
 */
export function panelHost(element: PanelHostElement, pick: PickLocale): PanelHost {
  return {
    emit: (type, detail) => {
      // Fired only for the learner's own switch (never when the page sets `lang`).
      if (type === 'opin-locale-change') pick((detail as { locale: Locale }).locale);
      fire(element, type, detail);
    },
    requestClose: (source) => {
      if (fire(element, 'opin-request-close', { source }, true)) element.hide();
    },
  };
}
