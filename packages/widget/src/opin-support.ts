/**
 * `<opin-support>`: the host element. A plain custom element (no Lit, no SDK) that stays within the
 * 2 KB budget: it renders the launcher, reflects attributes, queues method calls and loads the panel
 * (Lit, the SDK and one locale), with the first step's data, on the launcher's first hover, focus
 * or click — at once in `inline` mode (`panel-loader.ts`). When this browser remembers a ticket of
 * its API it also starts the reply badge's watcher at once (`panelLoader.watch`). Registration is
 * in `define.ts`.
 */
import type { Locale } from '@opin/support-sdk';
import { dispatchOpinEvent } from './events.js';
import { hostStrings } from './host-strings.js';
import { styles } from './opin-support.styles.js';
import { panelLoader } from './panel-loader.js';
import type { CreatePanel, PanelCommand, PanelHandle } from './panel-contract.js';
import type { PrefillFields } from './prefill-fields.js';
import { supportedLocale } from './supported-locale.js';

let sheet: CSSStyleSheet | undefined;

/**
 * The Opin.fi support widget: self-help, a routing preview, a ticket form and a live timeline.
 * Import `@opin/support-widget` to register it; `@opin/support-widget/react` wraps it for React.
 *
 * @tag opin-support
 * @summary A launcher that opens the support panel beside the page (a full-screen sheet on a phone), or the panel in place.
 *
 * @attr {string} api-base - Required: the API base URL, e.g. `https://support.example/api/v1` (property `apiBase`).
 * @attr {string} [origin=opin] - `opin` or the id of the institution whose portal embeds the widget.
 * @attr {string} institution - Preselected institution id.
 * @attr {string} topic - Preselected topic id.
 * @attr {'fi' | 'sv' | 'en'} lang - UI language (regional tags map to their language); else the closest ancestor's `lang`, the browser's languages, `fi`. The property `lang` reads the language in use (the learner's pick in the panel first) and writes the attribute.
 * @attr {'launcher' | 'inline'} [mode=launcher] - `launcher`: a floating button that opens the panel in a dialog beside the page (non-modal; a modal full-screen sheet on a phone or at high zoom); `inline`: the panel in place.
 * @attr {boolean} open - Launcher mode: whether the dialog is open; setting it opens or closes the dialog.
 * @attr {'shown' | 'hidden'} [language-switch=shown] - Inline mode: `hidden` leaves the language switch out of the panel's header, for a page that has its own (the page then sets `lang`). Launcher mode always shows it: the page's own switch may be out of reach behind the panel.
 * @attr {string} fallback-contact - Another way to reach support, shown when the support service cannot be reached: an `https:` URL or an e-mail address (default: Opin.fi support's page in the UI language, e.g. `https://opin.fi/tuki`). No property: read when shown.
 *
 * @fires {CustomEvent<OpinSupportEventMap['opin-show']>} opin-show - The dialog opened. `detail`: `{}`.
 * @fires {CustomEvent<OpinSupportEventMap['opin-hide']>} opin-hide - The dialog closed. `detail`: `{}`.
 * @fires {CustomEvent<OpinSupportEventMap['opin-request-close']>} opin-request-close - Cancelable, before the dialog closes. `detail`: `{ source: 'close-button' | 'escape' }`.
 * @fires {CustomEvent<OpinSupportEventMap['opin-locale-change']>} opin-locale-change - The learner switched the UI language in the panel (never when the page sets `lang`). `detail`: `{ locale: 'fi' | 'sv' | 'en' }`.
 * @fires {CustomEvent<OpinSupportEventMap['opin-article-view']>} opin-article-view - An article opened. `detail`: `{ articleId: string; locale: Locale }`.
 * @fires {CustomEvent<OpinSupportEventMap['opin-self-served']>} opin-self-served - The learner said an article solved it. `detail`: `{ articleId: string; topicId: string }`.
 * @fires {CustomEvent<OpinSupportEventMap['opin-ticket-created']>} opin-ticket-created - The server accepted a ticket. `detail`: `{ id: string; receivingDesk: string; answeringDesk: string; language: Locale }`.
 * @fires {CustomEvent<OpinSupportEventMap['opin-ticket-updated']>} opin-ticket-updated - A watched ticket changed. `detail`: `{ id: string; status: TicketStatus; owner: string; version: number }`.
 * @fires {CustomEvent<OpinSupportEventMap['opin-error']>} opin-error - A failure the learner was told about. `detail`: `{ code: string; message: string }`.
 *
 * @csspart launcher - The floating button (launcher mode).
 * @csspart dialog - The `<dialog>` that hosts the panel (launcher mode): beside the page, or a full-screen sheet.
 * @csspart header - The panel's header: its title, the language switch and (launcher mode) the close button.
 * @csspart body - The panel's scrolling content: the current step.
 * @csspart footer - The panel's footer: a privacy note and a link to Opin.fi's help pages.
 *
 * @cssprop [--opin-support-accent=#0b57a4] - Launcher background and accent colour.
 * @cssprop [--opin-support-accent-contrast=#fff] - Text colour on the accent.
 * @cssprop [--opin-support-background=#fff] - The panel's background (`#1c1d1f` under `prefers-color-scheme: dark`); its surfaces and borders are mixed from it and the text colour.
 * @cssprop [--opin-support-text=#1b1b1b] - The panel's text colour (`#eceef0` under `prefers-color-scheme: dark`); muted text and borders are mixed from it and the background.
 * @cssprop [--opin-support-font-family=system-ui, sans-serif] - Font of the widget.
 * @cssprop [--opin-support-radius=24px] - Corner radius (the launcher's; the dialog's defaults to `12px`).
 * @cssprop [--opin-support-z-index=99999] - Stacking order of the launcher and the dialog beside the page.
 * @cssprop [--opin-support-inset=24px] - Distance of the launcher, and of the dialog beside the page, from the viewport's bottom right corner.
 * @cssprop [--opin-support-width=440px] - Width of the dialog beside the page (on a phone or at high zoom it fills the viewport).
 * @cssprop [--opin-support-badge=#c62828] - Colour of the dot on the launcher when a desk has replied to the learner's ticket and the learner has not read it yet (its ring takes `--opin-support-accent-contrast`).
 */
export class OpinSupportElement extends HTMLElement {
  static readonly observedAttributes = [
    'api-base',
    'origin',
    'institution',
    'topic',
    'lang',
    'mode',
    'open',
    'language-switch',
  ];

  readonly #launcher = document.createElement('button');
  readonly #dialog = document.createElement('dialog');
  readonly #container = document.createElement('div');
  /** The busy indicator, in the container until the panel shows something. */
  readonly #busy = document.createElement('progress');
  readonly #queue: PanelCommand[] = [];
  /** The learner switched the language in the panel: the launcher follows it. */
  readonly #pick = (locale: Locale): void => {
    this.#picked = locale;
    this.#render();
  };
  #loading: Promise<CreatePanel> | undefined;
  #panel: PanelHandle | undefined;
  #shown = false;
  /** Between connectedCallback and disconnectedCallback. */
  #connected = false;
  /** The language the learner picked in the panel; wins over resolution until `lang` changes. */
  #picked: Locale | undefined;
  /** Stops the watcher for a new reply, once it runs (`panelLoader.watch`). */
  #unwatch: (() => void) | undefined;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(styles);
    root.adoptedStyleSheets = [sheet];
    const launcher = this.#launcher;
    const dialog = this.#dialog;
    launcher.part.add('launcher');
    launcher.ariaHasPopup = 'dialog';
    dialog.part.add('dialog');
    // A busy indicator until the panel shows something (the panel removes it): the first opening
    // fetches the panel, which takes a while on a slow network.
    this.#container.append(this.#busy);
    dialog.append(this.#container);
    root.append(launcher, dialog);
    launcher.onpointerenter = launcher.onfocus = () => void this.#ensurePanel();
    launcher.onclick = () => this.show();
  }

  /** Required: the API base URL, e.g. `https://support.example/api/v1` (attribute `api-base`). */
  declare apiBase: string;
  /** `opin` (default) or the id of the institution whose portal embeds the widget. */
  declare origin: string;
  /** Preselected institution id, or null. */
  declare institution: string | null;
  /** Preselected topic id, or null. */
  declare topic: string | null;
  /**
   * Inline mode: `hidden` leaves the language switch out of the panel's header, for a page that
   * has its own; `shown` (default) keeps it. Launcher mode always shows it (attribute
   * `language-switch`).
   */
  declare languageSwitch: string;

  /** `launcher` (default): a floating button that opens the panel in a dialog; `inline`: in place. */
  get mode(): 'launcher' | 'inline' {
    return this.getAttribute('mode') === 'inline' ? 'inline' : 'launcher';
  }
  set mode(value: 'launcher' | 'inline') {
    this.setAttribute('mode', value);
  }

  /** Whether the dialog is open (launcher mode); reflects to the `open` attribute. */
  get open(): boolean {
    return this.hasAttribute('open');
  }
  set open(value: boolean) {
    this.toggleAttribute('open', value);
  }

  /**
   * The language the widget is using, `fi`, `sv` or `en`: the learner's pick in the panel, else the
   * `lang` attribute, the closest ancestor's `lang`, the browser's languages, `fi` (the first that
   * names a supported language; `sv-FI` → `sv`). Never `''`.
   *
   * Setting it sets the `lang` attribute (`el.lang = 'sv-FI'` reads back `sv`). A new value wins
   * over the learner's pick; the value the attribute already has keeps it, so a framework that
   * sets every property on each render does not undo the learner's choice. No `opin-locale-change`.
   */
  override get lang(): Locale {
    // Each source only when the ones before it name no supported language: the ancestor lookup
    // and `navigator.languages` cost the first upgrade measurably (docs/benchmarks.md).
    return (
      this.#picked ??
      supportedLocale([this.getAttribute('lang')]) ??
      supportedLocale([this.parentElement?.closest('[lang]')?.getAttribute('lang')]) ??
      supportedLocale(navigator.languages) ??
      'fi'
    );
  }
  override set lang(value: string) {
    this.setAttribute('lang', value);
  }

  /** Opens the dialog (loading the panel if needed); in inline mode focuses the panel. */
  show(): void {
    if (this.mode === 'launcher') {
      if (this.#shown || !this.isConnected) return;
      this.#shown = true;
      // A panel beside the page, which stays usable (non-modal); where the panel covers the page
      // (a phone, high zoom) the panel makes it a modal sheet once it is there (`focus()`), and
      // handles its close requests (`panel/dialog-close.ts`).
      this.#dialog.show();
      this.open = true;
      dispatchOpinEvent(this, 'opin-show', {});
    }
    // Focusing a panel whose dialog was closed meanwhile does nothing.
    void this.#ensurePanel().then(() => this.#panel?.focus());
  }

  /** Closes the dialog; focus returns to the launcher. */
  hide(): void {
    this.#dialog.close();
    this.#afterClose();
  }

  /** Opens the dialog if it is closed, closes it if it is open. */
  toggle(): void {
    if (this.#shown) this.hide();
    else this.show();
  }

  /**
   * Starts a ticket for the learner: fills in fields of the ticket form and, with `topic`, makes
   * opening the widget go straight to that topic's form (with its routing preview); without one,
   * the start screen says that a message has been started. Text the learner has typed, now or in
   * a draft kept from an earlier visit, is never replaced: a field takes the page's text only while
   * it is empty or still holds what an earlier `prefill()` put there. See {@link PrefillFields}.
   */
  prefill(fields: PrefillFields): void {
    this.#run({ kind: 'prefill', fields });
  }

  /** Shows one ticket, e.g. from the link in the learner's e-mail. */
  showTicket(id: string, accessToken: string): void {
    this.#run({ kind: 'showTicket', id, accessToken });
  }

  /** Forgets this browser's stored tickets and drafts (for logout); loads the panel to do so. */
  reset(): void {
    this.#run({ kind: 'reset' });
    void this.#ensurePanel();
  }

  /** @internal */
  connectedCallback(): void {
    this.#connected = true;
    this.#render();
    if (this.open) this.show();
    void panelLoader.watch(this)?.then((stop) => (this.#unwatch = stop));
  }

  /** @internal Closes the dialog and stops the panel (streams, timers, listeners). */
  disconnectedCallback(): void {
    this.#connected = false;
    this.#unwatch?.();
    this.hide();
    // The panel puts the busy indicator back: the next one, if the element comes back, starts
    // behind it too.
    this.#panel?.disconnect();
    this.#panel = undefined;
  }

  /** @internal */
  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'open') {
      if (this.isConnected && this.open !== this.#shown) this.toggle();
      return;
    }
    if (name === 'lang' && old !== value) this.#picked = undefined;
    // An upgrade reports every attribute before connecting: connectedCallback renders once for all.
    if (this.#connected) this.#render();
  }

  #render(): void {
    const locale = this.lang;
    const strings = hostStrings[locale];
    const inline = this.mode === 'inline';
    const launcher = this.#launcher;
    const dialog = this.#dialog;
    launcher.textContent = strings.launcher;
    launcher.lang = dialog.lang = locale;
    launcher.hidden = inline;
    // The busy indicator is named after the widget: "Opin.fi support, progress bar, busy".
    dialog.ariaLabel = this.#busy.ariaLabel = strings.dialog;
    if (inline) this.hide();
    const parent = inline ? this.shadowRoot : dialog;
    if (parent && this.#container.parentNode !== parent) parent.append(this.#container);
    this.#panel?.configure();
    if (inline && this.isConnected) void this.#ensurePanel();
  }

  async #ensurePanel(): Promise<void> {
    let createPanel: CreatePanel;
    try {
      createPanel = await (this.#loading ??= panelLoader.load(this));
    } catch {
      // The chunk did not load (offline?): close the dialog rather than leave it empty; the next
      // interaction tries again.
      this.#loading = undefined;
      this.hide();
      return;
    }
    if (this.#panel || !this.isConnected) return;
    const panel = createPanel(this.#container, this, this.#pick);
    this.#panel = panel;
    for (const command of this.#queue.splice(0)) panel.run(command);
  }

  #run(command: PanelCommand): void {
    if (this.#panel) this.#panel.run(command);
    else this.#queue.push(command);
  }

  #afterClose(): void {
    if (!this.#shown) return;
    this.#shown = false;
    this.open = false;
    this.#launcher.focus();
    dispatchOpinEvent(this, 'opin-hide', {});
  }
}

// The string properties reflect their attributes; an absent or empty attribute gives the default.
for (const [property, attribute, fallback] of [
  ['apiBase', 'api-base', ''],
  ['origin', 'origin', 'opin'],
  ['institution', 'institution', null],
  ['topic', 'topic', null],
  ['languageSwitch', 'language-switch', 'shown'],
] as const) {
  Object.defineProperty(OpinSupportElement.prototype, property, {
    get(this: HTMLElement) {
      return this.getAttribute(attribute) || fallback;
    },
    set(this: HTMLElement, value: string | null) {
      if (value === null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value);
    },
  });
}
