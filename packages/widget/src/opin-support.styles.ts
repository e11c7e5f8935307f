/**
 * The host element's styles: the launcher button and the dialog frame (the UA's `<dialog>` styles
 * do the rest: centring, colours, the viewport limit). Theming goes only through the documented
 * `--opin-support-*` custom properties and parts. The font size has a 16 px floor, so a host page's
 * `html {font-size: 10px}` does not shrink the widget; the launcher sets its font rather than
 * inherit it, since a page's `* {all: unset}` reaches the host element; the button's own styles
 * reset the rest of what a page sets on its text, but for `white-space`. The dialog follows
 * `prefers-color-scheme` (its colours are the UA's `Canvas` and `CanvasText`), as the panel does. Selectors name parts, and
 * the one bare tag, `progress` (the busy indicator in the container until the panel shows), cannot
 * reach what the panel renders in its own shadow root. The container is positioned so that nothing
 * inside it (the form's off-screen honeypot) makes the dialog itself scroll and become a Tab stop.
 * Terse on purpose: it counts against the launcher's 2 KB budget.
 * @internal
 */
export const styles =
  '[part=launcher]{position:fixed;right:var(--opin-support-inset,24px);bottom:var(--opin-support-inset,24px);z-index:var(--opin-support-z-index,99999);font:600 max(16px,1rem)/1.5 var(--opin-support-font-family,system-ui,sans-serif);padding:12px 20px;white-space:normal;border:2px solid #0000;border-radius:var(--opin-support-radius,24px);background:var(--opin-support-accent,#0b57a4);color:var(--opin-support-accent-contrast,#fff);box-shadow:0 2px 8px #0006}' +
  '[part=dialog]{color-scheme:light dark;width:var(--opin-support-width,440px);height:720px;padding:0;border:1px solid;border-radius:var(--opin-support-radius,12px)}' +
  '::backdrop{background:#0006}' +
  '[part=dialog]>div{position:relative;height:100%;overflow:auto}progress{width:100%}';
