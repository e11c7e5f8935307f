/**
 * Which steps' code loads on demand, and loading it. The panel opens with self-help (start, topic,
 * article); the ticket steps come in one further chunk the first time a learner heads for them,
 * prefetched as soon as the form is one click away.
 * @internal
 */
import { SupportNetworkError } from '@opin/support-sdk';
import type { Step, StepName } from './steps/step.js';

const onDemand: ReadonlySet<StepName> = new Set(['form', 'sent', 'ticket', 'my-tickets']);
let loading: Promise<void> | null = null;

/** Whether `step` can render now (its code is in the panel chunk, or has loaded). */
export function isStepCodeLoaded(step: Step): boolean {
  return (
    !onDemand.has(step.name) || customElements.get(`opin-support-${step.name}-step`) !== undefined
  );
}

/**
 * Loads the code `step` needs, once; resolves at once for self-help steps. A failed load (the
 * network went away) rejects with a {@link SupportNetworkError}, so the learner is told to check
 * the connection, and is forgotten, so the next call tries again (current browsers fetch a module
 * that failed to load again on the next `import()`; tests/e2e/code-load-retry.test.ts).
 */
export function loadStepCode(step: Step): Promise<void> {
  if (isStepCodeLoaded(step)) return Promise.resolve();
  loading ??= import('./steps/ticket-steps.js').then(
    () => undefined,
    (error: unknown) => {
      loading = null;
      throw new SupportNetworkError('The ticket steps did not load.', { cause: error });
    },
  );
  return loading;
}

/** Starts loading the ticket steps in the background; a failure waits for the real need. */
export function prefetchTicketSteps(): void {
  loadStepCode({ name: 'my-tickets' }).catch(() => undefined);
}
