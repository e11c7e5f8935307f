/**
 * The journey's seven steps (docs/design/widget.md) in one table: each step's element tag and the
 * chunk its code comes in. Everything else follows it: the panel renders a step by its tag
 * (`render-step.ts`) and loads an on-demand chunk before (`step-code.ts`); each chunk registers
 * the elements of exactly its steps (`defineSteps`, type-checked against this table); the widget's
 * build fails when the built chunks disagree with it (`scripts/bundle/chunk-layout.ts`).
 * @internal
 */
import type { StepName } from './shared/step.js';

/**
 * Where a step's code comes from: `panel`, the panel's own chunk (the self-help steps, there as
 * soon as the panel opens), or `ticket-steps`, the chunk of `ticket-steps.ts`, loaded on demand.
 */
export type StepChunk = 'panel' | 'ticket-steps';

/** A step's element tag and chunk. */
export interface StepEntry {
  tag: `opin-support-${string}-step`;
  chunk: StepChunk;
}

/** Every step, in the order of the journey. */
export const stepRegistry = {
  start: { tag: 'opin-support-start-step', chunk: 'panel' },
  topic: { tag: 'opin-support-topic-step', chunk: 'panel' },
  article: { tag: 'opin-support-article-step', chunk: 'panel' },
  form: { tag: 'opin-support-form-step', chunk: 'ticket-steps' },
  sent: { tag: 'opin-support-sent-step', chunk: 'ticket-steps' },
  ticket: { tag: 'opin-support-ticket-step', chunk: 'ticket-steps' },
  'my-tickets': { tag: 'opin-support-my-tickets-step', chunk: 'ticket-steps' },
} as const satisfies Record<StepName, StepEntry>;

/** The names of the steps whose code is in `Chunk`. */
export type StepsIn<Chunk extends StepChunk> = {
  [Name in StepName]: (typeof stepRegistry)[Name]['chunk'] extends Chunk ? Name : never;
}[StepName];
