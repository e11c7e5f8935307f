/**
 * The dialog's close requests, handled by the panel once it is in the dialog (launcher mode): the
 * launcher does not pay for them within its 2 KB, and before the panel arrives focus is still on
 * the launcher, outside the dialog, so no key reaches it. Escape pressed inside the panel asks the
 * page first (`opin-request-close`, cancelable; `host.requestClose`): cancelling the keydown also
 * keeps a modal sheet from closing itself. Other close requests of a modal sheet (Android's back
 * button) close it without asking; the host then hears of it (`hide()`).
 * @internal
 */
import type { PanelHostElement } from '../panel-contract.js';
import type { PanelHost } from './host.js';

/** Handles the close requests of the dialog that `container` is in, when it is in one. */
export function handleCloseRequests(
  container: HTMLElement,
  element: PanelHostElement,
  host: PanelHost,
): void {
  const root = container.getRootNode();
  const dialog = root instanceof ShadowRoot ? root.querySelector('dialog') : null;
  if (!dialog) return;
  dialog.onkeydown = (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    host.requestClose('escape');
  };
  // `close` is queued: skip it when the dialog was shown again in the meantime (as a sheet, by
  // `modalWhereSheet`, or by the learner).
  dialog.onclose = () => dialog.open || element.hide();
}
