/**
 * The ticket steps — the form, "sent", one ticket, my tickets — registered in a module of their
 * own, which the panel loads on demand (`step-code.ts`): a learner whom an article helps never
 * downloads them. Each tag is registered only if free, as in `define.ts`.
 *
 * The import of the panel's entry does nothing at run time (this module loads only from inside the
 * panel) but tells the bundler that everything the panel loads is shared with these steps, so it
 * keeps the panel's code in one chunk instead of splitting it along what the steps use: fewer,
 * better-compressed files when the panel opens (`scripts/build.ts`).
 * @internal
 */
import '../index.js';
import { FormStep } from './form-step.js';
import { MyTicketsStep } from './my-tickets-step.js';
import { SentStep } from './sent-step.js';
import { TicketStep } from './ticket-step.js';
import { defineFree } from '../define-free.js';

defineFree({
  'opin-support-form-step': FormStep,
  'opin-support-sent-step': SentStep,
  'opin-support-ticket-step': TicketStep,
  'opin-support-my-tickets-step': MyTicketsStep,
});
