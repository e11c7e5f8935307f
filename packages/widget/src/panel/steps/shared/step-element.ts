/**
 * The base of every step element: its step (what it shows, from the journey), the panel context,
 * the UI locale (a change re-renders and lets a step reload what depends on it), focusing the
 * step's heading, and waiting for the desks' names.
 * @internal
 */
import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement } from 'lit';
import type { Locale } from '@opin/support-sdk';
import type { PanelContext } from '../../context.js';
import type { LoadState } from '../../data/load-state.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { describeError } from '../../text/errors.js';
import type { Step } from './step.js';

/** The element of step `S` of the journey; its heading is an `h2` with `tabindex="-1"`. */
export class StepElement<S extends Step = Step> extends LitElement {
  static override properties = {
    step: { attribute: false },
    context: { attribute: false },
    locale: { attribute: false },
  };

  static override styles = [sharedStyles];

  /** What the step shows; set by the panel before the first render (`render-step.ts`). */
  declare step: S;
  /** Shared services; set by the panel before the first render. */
  declare context: PanelContext;
  /** The UI language. */
  declare locale: Locale;

  constructor() {
    super();
    this.locale = 'en';
    updateWhenLocaleChanges(this);
  }

  /** Moves focus to the step's heading, or to what `selector` finds, once it has rendered. */
  async focusHeading(selector = 'h2'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Whether desks can be named: their names have loaded (or failed to, and ids stand in). Steps
   * that name desks show them only then, never an id first ({@link followDeskNames}).
   */
  protected get deskNamesKnown(): boolean {
    return this.context.desks.settled;
  }

  /** Loads the desks' names, if not yet, and renders again when they are known or have failed. */
  protected followDeskNames(): void {
    const render = () => this.requestUpdate();
    void this.context.desks.desks().then(render, render);
  }

  /** Tells the host page about a load that failed (the step shows the error itself). */
  protected reportLoad(state: LoadState<unknown>): void {
    if (state.status !== 'error') return;
    const problem = describeError(state.error, this.locale);
    this.context.reportError(problem.code, problem.message);
  }
}
