/**
 * The Back history of the panel: which steps Back returns to.
 * @internal
 */
import type { Step } from './steps/shared/step.js';

/** Current step and the steps Back returns to (most recent last). */
export interface Journey {
  step: Step;
  history: readonly Step[];
}

/**
 * Moving on to `next`: Start forgets the history; after sending, Back leads to Start. Back returns
 * to `here`: the current step, or what the step has become meanwhile (the start step's search).
 */
export function advance(journey: Journey, next: Step, here = journey.step): Journey {
  if (next.name === 'start') return { step: next, history: [] };
  if (next.name === 'sent') return { step: next, history: [{ name: 'start' }] };
  return { step: next, history: [...journey.history, here] };
}

/** Going back one step (nothing happens at the start). */
export function retreat(journey: Journey): Journey {
  const previous = journey.history.at(-1);
  return previous ? { step: previous, history: journey.history.slice(0, -1) } : journey;
}

/** A key that changes when the step shows something else (a new element is rendered). */
export function stepKey(step: Step): string {
  switch (step.name) {
    case 'topic':
    case 'form':
      return `${step.name}:${step.topic.id}`;
    case 'article':
      return `article:${step.article.id}`;
    case 'sent':
    case 'ticket':
      return `${step.name}:${step.name === 'sent' ? step.ticket.id : step.id}`;
    default:
      return step.name;
  }
}
