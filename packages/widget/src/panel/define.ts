/**
 * Registers the elements that open with the panel — the panel itself and the steps of the `panel`
 * chunk (`steps/step-registry.ts`) — each only if its tag is free (another copy of the widget on
 * the page may have registered it already). The other steps register themselves when their chunk
 * loads (`steps/self-help-steps.ts`, `steps/ticket-steps.ts`).
 * @internal
 */
import { defineFree } from './define-free.js';
import { OpinSupportPanel } from './panel.component.js';
import { defineSteps } from './steps/define-steps.js';
import { StartStep } from './steps/start/start-step.js';

defineFree({ 'opin-support-panel': OpinSupportPanel });
defineSteps('panel', { start: StartStep });

declare global {
  interface HTMLElementTagNameMap {
    'opin-support-panel': OpinSupportPanel;
  }
}
