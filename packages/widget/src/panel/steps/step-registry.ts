/**
 * The journey's seven steps (docs/design/widget.md) in one table: each step's element tag and the
 * chunk its code comes in; and the chunks of step code besides the panel's. Everything else follows
 * it: the panel renders a step by its tag (`render-step.ts`) and loads its chunk before
 * (`step-code.ts`); each chunk registers the elements of exactly its steps (`defineSteps`,
 * type-checked against this table); the widget's build fails when the built chunks disagree with
 * it (`scripts/bundle/chunk-layout.ts`).
 * @internal
 */
import type { StepName } from './shared/step.js';

/**
 * Where a step's code comes from: `panel`, the panel's own chunk (the start step, there as soon as
 * the panel opens), or a chunk of step code the panel loads later (`StepCodeChunk`).
 */
export type StepChunk = 'panel' | StepCodeChunk;

/**
 * A chunk of step code besides the panel's: the module `src/panel/steps/<chunk>.ts`, built as a
 * lazy chunk of its own. `self-help-steps` (topic, article) is prefetched as soon as the panel has
 * opened; `ticket-steps` (form, sent, ticket, my tickets) once the form is near.
 */
export type StepCodeChunk = 'self-help-steps' | 'ticket-steps';

/** A step's element tag and chunk. */
export interface StepEntry {
  tag: `opin-support-${string}-step`;
  chunk: StepChunk;
}

/** Every step, in the order of the journey. */
export const stepRegistry = {
  start: { tag: 'opin-support-start-step', chunk: 'panel' },
  topic: { tag: 'opin-support-topic-step', chunk: 'self-help-steps' },
  article: { tag: 'opin-support-article-step', chunk: 'self-help-steps' },
  form: { tag: 'opin-support-form-step', chunk: 'ticket-steps' },
  sent: { tag: 'opin-support-sent-step', chunk: 'ticket-steps' },
  ticket: { tag: 'opin-support-ticket-step', chunk: 'ticket-steps' },
  'my-tickets': { tag: 'opin-support-my-tickets-step', chunk: 'ticket-steps' },
} as const satisfies Record<StepName, StepEntry>;

/**
 * The chunks each chunk of step code builds on: it imports their code statically (the form shows
 * the routing note of the topic step), so it runs only once they have loaded, and its loader
 * requests them with it, at once (`step-code.ts`). Only these static imports between chunks of
 * step code are allowed (`scripts/bundle/chunk-layout.ts`).
 */
export const stepChunkBase = {
  'self-help-steps': [],
  'ticket-steps': ['self-help-steps'],
} as const satisfies Record<StepCodeChunk, readonly StepCodeChunk[]>;

/** The names of the steps whose code is in `Chunk`. */
export type StepsIn<Chunk extends StepChunk> = {
  [Name in StepName]: (typeof stepRegistry)[Name]['chunk'] extends Chunk ? Name : never;
}[StepName];
