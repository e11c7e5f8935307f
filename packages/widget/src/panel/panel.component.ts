/**
 * `<opin-support-panel>`: everything the learner works with, in one journey of seven steps
 * (docs/design/widget.md). Holds the journey, the UI language and the live region; the steps
 * render inside.
 * @internal
 */
import { msg } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Locale, Topic } from '@opin/support-sdk';
import { OPIN_DESK_ID } from '@opin/support-sdk/schemas';
import type { PanelConfig } from '../panel-contract.js';
import type { PrefillFields } from '../prefill-fields.js';
import { createContext, type PanelContext, type PanelServices } from './context.js';
import type { LoadState } from './data/load-state.js';
import { activeLocale, applyLocale } from './localization.js';
import { advance, retreat, stepKey, type Journey } from './navigation.js';
import { renderHeader } from './panel-header.js';
import { panelStyles } from './panel.styles.js';
import { relocalizeStep } from './relocalize.js';
import { renderStep } from './steps/render-step.js';
import { isStepCodeLoaded, loadStepCode, prefetchStepChunk } from './steps/step-code.js';
import { needsInstitutionChoice } from './steps/shared/chosen-institution.js';
import type { Step } from './steps/shared/step.js';
import type { StepElement } from './steps/shared/step-element.js';
import { sharedStyles } from './styles/shared.styles.js';
import { renderAlert } from './ui/alert.js';
import { renderLoad } from './ui/loading.js';
import { renderFooter } from './panel-footer.js';

/** The panel root: header, the current step, footer, live region. */
export class OpinSupportPanel extends LitElement {
  static override properties = {
    config: { attribute: false },
    journey: { state: true },
    locale: { state: true },
    phase: { state: true },
    announcement: { state: true },
    stepCode: { state: true },
  };

  static override styles = [sharedStyles, panelStyles];

  declare config: PanelConfig;
  declare journey: Journey;
  /** The rendered UI language (set once its translations have loaded). */
  declare locale: Locale;
  /** `loading` until the first locale is ready; `failed` holds a message to show. */
  declare phase: { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };
  declare announcement: { text: string; serial: number };
  /** Whether the current step's code is there (all steps but the start load on demand). */
  declare stepCode: LoadState<undefined>;
  /** Set by `createPanel` before the panel is connected. */
  services!: PanelServices;
  #lifetime = new AbortController();
  #ready: Promise<void> = Promise.resolve();
  /** Settles once `begin()` has opened the first step. */
  #begun: Promise<void> = Promise.resolve();
  /** The topic of the latest `prefill()` whose form has not been opened yet. */
  #prefilledTopic: string | null = null;
  /** Settles (never rejects) when the current step's code has loaded or failed to. */
  #stepCodeSettled: Promise<void> = Promise.resolve();
  #markSeen = (): void => undefined;
  /** Resolves once the learner sees the panel: inline at once, else when the dialog first opens. */
  readonly #seen = new Promise<void>((resolve) => (this.#markSeen = resolve));
  #markShown = (): void => undefined;
  /** Resolves once the panel has rendered something: its first language loaded, or failed to. */
  readonly shown = new Promise<void>((resolve) => (this.#markShown = resolve));

  constructor() {
    super();
    this.journey = { step: { name: 'start' }, history: [] };
    this.locale = activeLocale();
    this.phase = { kind: 'loading' };
    this.announcement = { text: '', serial: 0 };
    this.stepCode = { status: 'complete', value: undefined };
  }

  /** Shared with every step. */
  readonly context: PanelContext = createContext(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lifetime = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lifetime.abort();
  }

  /** Stops every request and stream the panel started (the host left the document). */
  stop(): void {
    this.#lifetime.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config')) {
      const first = changed.get('config') === undefined;
      this.#ready = this.#switchLocale(this.config.locale, first ? 'initial' : 'page');
      if (this.config.mode === 'inline') this.#markSeen();
      // In the dialog the panel fills it and scrolls below its header (panel.styles.ts).
      this.toggleAttribute('in-dialog', this.config.mode === 'launcher');
      // The title names the desk of an institution's portal: its name comes with the desks.
      if (this.config.origin !== OPIN_DESK_ID) {
        void this.context.desks.desks().then(
          () => this.requestUpdate(),
          () => undefined,
        );
      }
    }
    // Screen readers pronounce the panel in its own language, whatever the page's.
    if (changed.has('locale')) this.lang = this.locale;
    if (changed.has('journey')) this.#loadStepCode();
  }

  /**
   * Opens the step the page or an interrupted send asks for (once, at start). An interrupted send
   * goes out from the form, so it waits until the learner sees the panel: never on a mere hover
   * over the launcher, which preloads the panel in the closed dialog. A topic from `prefill()`
   * wins over the page's `topic` attribute (its form opens once this has settled).
   */
  begin(): Promise<void> {
    void this.#prefetchSelfHelp();
    this.#begun = this.#begin();
    return this.#begun;
  }

  /**
   * Fetches the self-help steps in the background once the panel has opened: the learner sees it
   * (never on a mere hover over the launcher) and it has rendered its first step with the topics
   * (loaded or failed). So the chunk never competes with the opening's requests, and a topic or an
   * article the learner then chooses renders at once.
   */
  async #prefetchSelfHelp(): Promise<void> {
    await this.#seen;
    await this.shown;
    await this.topics(this.locale).catch(() => undefined);
    await this.updateComplete;
    if (this.isConnected) prefetchStepChunk('self-help-steps');
  }

  async #begin(): Promise<void> {
    await this.updateComplete;
    await this.#ready;
    if (this.services.drafts.current.queued) await this.#seen;
    const draft = this.services.drafts.current;
    if (!draft.queued && this.#prefilledTopic !== null) return;
    const topicId = draft.queued ? draft.topicId : this.config.topic;
    if (topicId === null) return;
    const topics = await this.topics(this.locale).catch(() => []);
    const topic = topics.find((t) => t.id === topicId);
    if (!topic || this.journey.step.name !== 'start') return;
    const step: Step = draft.queued ? { name: 'form', topic } : { name: 'topic', topic };
    await this.#go(advance(this.journey, step));
  }

  /**
   * Moves focus to the current step's heading (the host calls it when the dialog opens). When the
   * panel moves on meanwhile (a preselected or prefilled topic opens), the new step's heading.
   */
  async focusHeading(): Promise<void> {
    this.#markSeen();
    let journey: Journey;
    do {
      journey = this.journey;
      await this.updateComplete;
      await this.#ready;
      await this.#stepCodeSettled;
      await this.updateComplete;
      await this.#currentStep()?.focusHeading();
    } while (this.journey !== journey);
  }

  /**
   * Starts a ticket from the page (`prefill()`, rules in `PrefillFields`): fills the draft's
   * fields the learner has not written in and, with a topic, opens that topic's form.
   */
  prefill(fields: PrefillFields): void {
    if (!this.services.drafts.prefill({ ...fields, institutionId: fields.institution })) return;
    const { topic } = fields;
    if (typeof topic === 'string' && topic !== '') {
      this.#prefilledTopic = topic;
      void this.#begun.then(() => this.#openPrefilledTopic());
    }
    this.#currentStep()?.requestUpdate();
  }

  /**
   * Opens the form of the prefilled topic (unless a later `prefill()` named another, or it is
   * open already); a topic that needs an institution nobody has named opens on its own page.
   */
  async #openPrefilledTopic(): Promise<void> {
    const id = this.#prefilledTopic;
    if (id === null) return;
    const topics = await this.topics(this.locale).catch(() => []);
    if (this.#prefilledTopic !== id) return;
    this.#prefilledTopic = null;
    const topic = topics.find((t) => t.id === id);
    const { step } = this.journey;
    if (!topic || (step.name === 'form' && step.topic.id === id)) return;
    const needsInstitution = needsInstitutionChoice(this.context, topic);
    await this.#go(advance(this.journey, { name: needsInstitution ? 'topic' : 'form', topic }));
  }

  /** Opens a ticket (`showTicket()`), remembering it in this browser. */
  showTicket(id: string, accessToken: string): void {
    const known = this.services.tickets.list().find((t) => t.id === id);
    const createdAt = known?.createdAt ?? new Date().toISOString();
    this.services.tickets.remember({ id, accessToken, createdAt });
    this.navigate({ name: 'ticket', id, accessToken });
  }

  /** Forgets this browser's tickets and draft (`reset()`), back to the start. */
  reset(): void {
    this.#prefilledTopic = null;
    this.services.tickets.clear();
    this.services.drafts.clear();
    void this.#go({ step: { name: 'start' }, history: [] });
  }

  /**
   * Moves to `step` and, if the learner was working in the panel, focuses its heading; Back
   * returns to `here` if given, else to the current step.
   */
  navigate(step: Step, here?: Step): void {
    void this.#go(advance(this.journey, step, here));
  }

  /** Says `text` through the polite live region (again, if it is the same text). */
  announce(text: string): void {
    this.announcement = { text, serial: this.announcement.serial + 1 };
  }

  /** The topics in `locale`, loaded once per locale. */
  topics(locale: Locale, signal?: AbortSignal): Promise<Topic[]> {
    return this.services.topics.get(locale, this.#lifetime.signal, signal);
  }

  /**
   * Makes sure the current step can render: loads its code if it is not in the panel's chunk, and
   * prefetches the ticket steps once the form is one click away (a topic or an article is open, or
   * the learner has a draft or tickets to come back to).
   */
  #loadStepCode(): void {
    const { step } = this.journey;
    const { drafts, tickets } = this.services;
    const formIsNear =
      step.name === 'topic' ||
      step.name === 'article' ||
      drafts.hasContent ||
      tickets.list().length > 0;
    if (formIsNear) prefetchStepChunk('ticket-steps');
    if (isStepCodeLoaded(step)) {
      this.stepCode = { status: 'complete', value: undefined };
      return;
    }
    this.stepCode = { status: 'pending' };
    const settle = (state: LoadState<undefined>) => {
      if (this.journey.step === step) this.stepCode = state;
    };
    this.#stepCodeSettled = loadStepCode(step).then(
      () => settle({ status: 'complete', value: undefined }),
      (error: unknown) => settle({ status: 'error', error }),
    );
  }

  #currentStep(): StepElement | null {
    return this.renderRoot.querySelector<StepElement>('[data-step]');
  }

  async #go(journey: Journey): Promise<void> {
    const hadFocus = this.matches(':focus-within');
    this.journey = journey;
    if (hadFocus) await this.focusHeading();
  }

  /**
   * Renders the panel in `locale` once its translations have loaded. `initial` is the language
   * the panel opens in; `page` a change of the host's `lang`; `learner` the panel's own switch.
   */
  async #switchLocale(locale: Locale, by: 'initial' | 'page' | 'learner'): Promise<void> {
    if (locale === this.locale && this.phase.kind === 'ready') return;
    try {
      await applyLocale(locale);
    } catch {
      const message = msg('This language could not be loaded.');
      this.phase = { kind: 'failed', message };
      return;
    }
    const changed = locale !== this.locale;
    this.locale = locale;
    this.phase = { kind: 'ready' };
    if (!changed || by === 'initial') return;
    // `opin-locale-change` says the learner switched: a change of the page's `lang` fires nothing.
    if (by === 'learner') {
      this.services.host.emit('opin-locale-change', { locale });
      this.announce(msg('Language changed.'));
    }
    await this.#relocalize(locale);
  }

  /** Swaps the topics and articles the journey holds for their versions in `locale`. */
  async #relocalize(locale: Locale): Promise<void> {
    const signal = this.#lifetime.signal;
    const topics = await this.topics(locale, signal).catch(() => []);
    const before = this.journey;
    const { client } = this.services;
    const move = (step: Step) => relocalizeStep(step, topics, client, locale, signal);
    const [step, ...history] = await Promise.all([before.step, ...before.history].map(move));
    // The learner may have moved on meanwhile: then their new place wins.
    if (signal.aborted || !step || this.locale !== locale || this.journey !== before) return;
    this.journey = { step, history };
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.phase.kind !== 'loading') this.#markShown();
    // Every step opens at its top (in the dialog, whose content scrolls; the ticket then moves
    // to its newest entry itself). The same step in another language keeps its place.
    const before = changed.get('journey');
    if (before && stepKey(before.step) !== stepKey(this.journey.step)) {
      const scroller = this.renderRoot.querySelector('.scroller');
      if (scroller) scroller.scrollTop = 0;
    }
  }

  /**
   * The panel's title: on an institution's portal the desk that receives the tickets, by name (as
   * soon as the desks are known), else Opin.fi support.
   */
  #title(): string {
    const { origin } = this.config;
    return (
      (origin === OPIN_DESK_ID ? undefined : this.context.desks.get(origin)?.name[this.locale]) ??
      msg('Opin.fi support', {
        id: 'panel.title',
        desc: 'Panel title and dialog name; src/host-strings.ts says the same.',
      })
    );
  }

  override render() {
    if (this.phase.kind === 'loading') return nothing;
    const { step, history } = this.journey;
    return html`
      ${renderHeader({
        title: this.#title(),
        locale: this.locale,
        closable: this.config.mode === 'launcher',
        languageSwitch: this.config.mode === 'launcher' || this.config.languageSwitch !== 'hidden',
        onLocale: (locale) => void (this.#ready = this.#switchLocale(locale, 'learner')),
        onClose: () => this.services.host.requestClose('close-button'),
      })}
      <div class="scroller">
        <div class="body" part="body">
          ${this.phase.kind === 'failed' ? renderAlert(this.phase.message) : nothing}
          ${
            history.length > 0
              ? html`<button
                  type="button"
                  class="back"
                  @click=${() => this.#go(retreat(this.journey))}
                >
                  <span aria-hidden="true">←</span> ${msg('Back')}
                </button>`
              : nothing
          }
          ${renderLoad(
            this.stepCode,
            this.locale,
            () => html`${keyed(stepKey(step), renderStep(step, this.context, this.locale))}`,
            () => {
              this.#loadStepCode();
              void this.focusHeading();
            },
          )}
        </div>
        ${renderFooter(this.locale)}
      </div>
      <div class="visually-hidden" role="status">
        ${keyed(this.announcement.serial, html`<span>${this.announcement.text}</span>`)}
      </div>
    `;
  }
}
