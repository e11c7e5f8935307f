/**
 * Renders the current step's element: the tag from the step registry, with the step, the panel
 * context and the UI locale.
 * @internal
 */
import type { Locale } from '@opin/support-sdk';
import type { TemplateResult } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { PanelContext } from '../context.js';
import type { Step, StepName } from './shared/step.js';
import { stepRegistry } from './step-registry.js';

/** Each step's tag as a static part of a template (the registry's constants, never input). */
const tags = Object.fromEntries(
  Object.entries(stepRegistry).map(([name, { tag }]) => [name, unsafeStatic(tag)]),
) as Record<StepName, StaticValue>;

/** The element for `step`; `data-step` marks it for focusing and updates. */
export function renderStep(step: Step, context: PanelContext, locale: Locale): TemplateResult {
  const tag = tags[step.name];
  return html`<${tag} data-step .step=${step} .context=${context} .locale=${locale}></${tag}>`;
}
