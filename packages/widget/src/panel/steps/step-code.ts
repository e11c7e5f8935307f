/**
 * Loading the code of the steps that are not in the panel's chunk (`step-registry.ts`). The panel
 * opens with self-help (start, topic, article); the ticket steps come in the `ticket-steps` chunk
 * the first time a learner heads for them, prefetched as soon as the form is one click away.
 * @internal
 */
import { SupportNetworkError } from '@opin/support-sdk';
import type { Step } from './shared/step.js';
import { stepRegistry } from './step-registry.js';

let loading: Promise<void> | null = null;

/** Whether `step` can render now: its code is in the panel's chunk, or its chunk has loaded. */
export function isStepCodeLoaded(step: Step): boolean {
  const { chunk, tag } = stepRegistry[step.name];
  return chunk === 'panel' || customElements.get(tag) !== undefined;
}

/**
 * Loads the code `step` needs, once: the `ticket-steps` chunk, the registry's one chunk besides the
 * panel's; resolves at once for self-help steps. A failed load (the network went away) rejects
 * with a {@link SupportNetworkError}, so the learner is told to check the connection, and is
 * forgotten, so the next call tries again (current browsers fetch a module that failed to load
 * again on the next `import()`; tests/e2e/code-load-retry.test.ts).
 */
export function loadStepCode(step: Step): Promise<void> {
  if (isStepCodeLoaded(step)) return Promise.resolve();
  loading ??= import('./ticket-steps.js').then(
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
