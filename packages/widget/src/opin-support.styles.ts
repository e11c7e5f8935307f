/**
 * The host element's styles: the launcher button and the dialog frame beside the page (the UA's
 * `<dialog>` styles do the rest: colours). Theming goes only through the documented
 * `--opin-support-*` custom properties and parts. The font size has a 16 px floor, so a host page's
 * `html {font-size: 10px}` does not shrink the widget; the launcher sets its font rather than
 * inherit it, since a page's `* {all: unset}` reaches the host element; the button's own styles
 * reset the rest of what a page sets on its text, but for `white-space`. The dialog follows
 * `prefers-color-scheme` (its colours are the UA's `Canvas` and `CanvasText`), as the panel does.
 * It opens beside the page (non-modal), fixed where the launcher is (over it, from its corner),
 * at most 720 px high, and stacks as the launcher does; the panel, once loaded, makes it a
 * full-screen sheet on a phone or at high zoom (`panel/dialog-frame.ts`). Selectors name parts,
 * and the one bare tag, `progress` (the busy indicator in the container until the panel shows),
 * cannot reach what the panel renders in its own shadow root. The container gives the panel the
 * dialog's height; the panel scrolls inside it (its scroller, which is positioned, also holds the
 * form's off-screen honeypot), so the dialog itself never scrolls and becomes a Tab stop. Terse
 * on purpose: it counts against the launcher's 2 KB budget.
 * @internal
 */
export const styles =
  '[part]{position:fixed;right:var(--opin-support-inset,24px);bottom:var(--opin-support-inset,24px);z-index:var(--opin-support-z-index,99999);box-shadow:0 2px 8px #0006}' +
  '[part=launcher]{font:600 max(16px,1rem)/1.5 var(--opin-support-font-family,system-ui,sans-serif);padding:12px 20px;white-space:normal;border:2px solid #0000;border-radius:var(--opin-support-radius,24px);background:var(--opin-support-accent,#0b57a4);color:var(--opin-support-accent-contrast,#fff)}' +
  '[part=dialog]{left:auto;margin:0;width:var(--opin-support-width,440px);height:min(720px,100% - 48px);padding:0}' +
  '[part=dialog]>div{height:100%}progress{width:100%}';
