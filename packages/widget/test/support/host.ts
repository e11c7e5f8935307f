/**
 * Reaches into `<opin-support>`'s shadow root for tests.
 * @internal
 */
import type { OpinSupportElement } from '../../src/opin-support.js';

function find<T extends Element>(
  element: OpinSupportElement,
  selector: string,
  type: abstract new () => T,
): T {
  const found = element.shadowRoot?.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`<opin-support> has no ${selector}`);
  return found;
}

/** The launcher button (part `launcher`). */
export const launcherOf = (element: OpinSupportElement): HTMLButtonElement =>
  find(element, '[part~="launcher"]', HTMLButtonElement);

/** The modal dialog (part `dialog`). */
export const dialogOf = (element: OpinSupportElement): HTMLDialogElement =>
  find(element, '[part~="dialog"]', HTMLDialogElement);

/** The element focused inside the widget's shadow root, or null. */
export const focusedIn = (element: OpinSupportElement): Element | null =>
  element.shadowRoot?.activeElement ?? null;
