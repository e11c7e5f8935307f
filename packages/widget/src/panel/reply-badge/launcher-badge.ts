/**
 * The launcher's mark for a new reply: a dot on the button, and the button's accessible name
 * extended by "New reply" in the UI language ("Behöver du hjälp? Nytt svar"), so a screen reader
 * hears what a sighted learner sees. The host renders the launcher's text and `lang`
 * (`opin-support.ts`); the name follows each render. Styles are the page's through
 * `--opin-support-badge` (and `--opin-support-accent-contrast` for its ring).
 * @internal
 */
import { msg } from '@lit/localize';
import type { Locale } from '@opin/support-sdk';
import { applyLocale } from '../localization.js';

/** The class that marks the launcher, and the dot it draws. */
const marked = 'new-reply';

let sheet: CSSStyleSheet | undefined;

function badgeSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `[part~=launcher].${marked}::after{content:"";position:absolute;inset-block-start:-4px;` +
      'inset-inline-end:-4px;inline-size:12px;block-size:12px;border-radius:50%;' +
      'border:2px solid var(--opin-support-accent-contrast,#fff);' +
      'background:var(--opin-support-badge,#c62828);forced-color-adjust:none}',
  );
  return sheet;
}

/** Marks and unmarks one host's launcher. */
export class LauncherBadge {
  readonly #launcher: HTMLElement;
  readonly #locale: () => Locale;
  readonly #observer = new MutationObserver(() => void this.#name());
  #shown = false;

  /** `locale`: the UI language the host renders the launcher in. */
  constructor(root: ShadowRoot, launcher: HTMLElement, locale: () => Locale) {
    this.#launcher = launcher;
    this.#locale = locale;
    const sheets = root.adoptedStyleSheets;
    if (!sheets.includes(badgeSheet())) root.adoptedStyleSheets = [...sheets, badgeSheet()];
  }

  /** Shows or hides the mark. */
  show(shown: boolean): void {
    if (shown === this.#shown) return;
    this.#shown = shown;
    this.#launcher.classList.toggle(marked, shown);
    if (shown) {
      // A new language or text from the host: name the launcher again.
      this.#observer.observe(this.#launcher, {
        attributeFilter: ['lang'],
        childList: true,
        characterData: true,
        subtree: true,
      });
    } else this.#observer.disconnect();
    void this.#name();
  }

  /** The launcher's name: its text, and "New reply" while the mark shows. */
  async #name(): Promise<void> {
    const launcher = this.#launcher;
    if (this.#shown) await applyLocale(this.#locale());
    // Shown or hidden again while the translations loaded: what holds now decides.
    launcher.ariaLabel = this.#shown
      ? `${launcher.textContent} ${msg('New reply', { desc: 'Added to the name of the launcher button, e.g. "Need help? New reply", when a desk has replied and the learner has not read it yet.' })}`
      : null;
  }
}
