/**
 * The dialog's frame, as the panel finishes it once it has loaded: what the launcher cannot pay
 * for within its 2 KB (`opin-support.styles.ts` places the dialog beside the page, where the
 * launcher is). Here: its border and corners, its colours following `prefers-color-scheme`, and,
 * on a phone or at high zoom (a viewport narrower than 600 or lower than 480 CSS px), a
 * full-screen sheet, which is modal since it covers the page.
 * @internal
 */
import { css } from 'lit';

/** Where the dialog is a full-screen sheet instead of a panel beside the page. */
export const sheetQuery = '(max-width:600px),(max-height:480px)';

const frameStyles = css`
  [part='dialog'] {
    color-scheme: light dark;
    box-sizing: border-box;
    border: 1px solid;
    border-radius: var(--opin-support-radius, 12px);
  }
  @media (max-width: 600px), (max-height: 480px) {
    [part='dialog'] {
      inset: 0;
      width: auto;
      height: auto;
      max-width: none;
      max-height: none;
      border: 0;
      border-radius: 0;
    }
  }
`;

/** Adds the frame's styles to the shadow root the panel's `container` is in (the host's). */
export function frameDialog(container: HTMLElement): void {
  const root = container.getRootNode();
  const sheet = frameStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Makes the open dialog around `container` modal where it is a sheet: the page it covers must not
 * take focus (the host opens it beside the page, non-modal). Reopening keeps it open throughout
 * for the host, whose `close` handler skips a dialog that is open again.
 */
export function modalWhereSheet(container: HTMLElement): void {
  const dialog = container.parentElement;
  if (!(dialog instanceof HTMLDialogElement) || !dialog.open || dialog.matches(':modal')) return;
  if (!matchMedia(sheetQuery).matches) return;
  dialog.close();
  dialog.showModal();
}
