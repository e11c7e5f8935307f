/**
 * Registers the step elements of one chunk under their tags in the step registry.
 * @internal
 */
import { defineFree } from '../define-free.js';
import { stepRegistry, type StepChunk, type StepsIn } from './step-registry.js';

/**
 * Registers the element of each step in `chunk`, each only if its tag is free (another copy of the
 * widget may hold it). `elements` must name exactly the steps the registry puts in `chunk`: a step
 * missing, or one of another chunk, does not compile.
 */
export function defineSteps<Chunk extends StepChunk>(
  chunk: Chunk,
  elements: Record<StepsIn<Chunk>, CustomElementConstructor>,
): void {
  const byTag: Record<string, CustomElementConstructor> = {};
  for (const [name, element] of Object.entries<CustomElementConstructor>(elements)) {
    byTag[stepRegistry[name as StepsIn<Chunk>].tag] = element;
  }
  defineFree(byTag);
}
