/**
 * Loading the code of the steps that are not in the panel's chunk (`step-registry.ts`), one rule
 * for every chunk of step code. The panel opens with the start step alone; the self-help steps
 * (topic, article) come in the `self-help-steps` chunk, prefetched as soon as the panel has opened;
 * the ticket steps in the `ticket-steps` chunk, prefetched once the form is near. A step the
 * learner reaches before its chunk has come waits for it ("Loading…").
 * @internal
 */
import { SupportNetworkError } from '@opin/support-sdk';
import type { Step } from './shared/step.js';
import { stepChunkBase, stepRegistry, type StepCodeChunk } from './step-registry.js';

/** Each chunk's module, imported by a literal path: the bundler builds it as a lazy chunk. */
const importChunk: Record<StepCodeChunk, () => Promise<unknown>> = {
  'self-help-steps': () => import('./self-help-steps.js'),
  'ticket-steps': () => import('./ticket-steps.js'),
};

/** The load of each chunk that has started and not failed. */
const loads = new Map<StepCodeChunk, Promise<void>>();

/** Whether `step` can render now: its code is in the panel's chunk, or its chunk has loaded. */
export function isStepCodeLoaded(step: Step): boolean {
  const { chunk, tag } = stepRegistry[step.name];
  return chunk === 'panel' || customElements.get(tag) !== undefined;
}

/**
 * Loads `chunk` once, requesting the chunks it builds on with it, at once. A failed load (the
 * network went away) rejects with a {@link SupportNetworkError}, so the learner is told to check
 * the connection, and is forgotten, so the next call tries again (current browsers fetch a module
 * that failed to load again on the next `import()`; tests/e2e/code-load-retry.test.ts).
 */
export function loadStepChunk(chunk: StepCodeChunk): Promise<void> {
  let load = loads.get(chunk);
  if (!load) {
    const parts = [...stepChunkBase[chunk].map(loadStepChunk), importChunk[chunk]()];
    load = Promise.all(parts).then(
      () => undefined,
      (error: unknown) => {
        loads.delete(chunk);
        throw new SupportNetworkError(`The ${chunk} chunk did not load.`, { cause: error });
      },
    );
    loads.set(chunk, load);
  }
  return load;
}

/** Loads the code `step` needs ({@link loadStepChunk}); resolves at once when it is there. */
export function loadStepCode(step: Step): Promise<void> {
  const { chunk } = stepRegistry[step.name];
  return chunk === 'panel' || isStepCodeLoaded(step) ? Promise.resolve() : loadStepChunk(chunk);
}

/** Starts loading `chunk` in the background; a failure waits for the real need. */
export function prefetchStepChunk(chunk: StepCodeChunk): void {
  loadStepChunk(chunk).catch(() => undefined);
}
