/**
 * The `ticket-steps` chunk (`step-registry.ts`): the form, "sent", one ticket and my tickets,
 * registered in a module of their own that the panel loads on demand (`step-code.ts`), so a
 * learner whom an article helps never downloads them. Built as a lazy chunk of its own; what it
 * shares with the panel stays in the panel's chunk, which is always loaded first. It builds on the
 * `self-help-steps` chunk (the form shows the topic step's routing note): importing it here puts
 * what the two share in that chunk, which the loader requests together with this one.
 * @internal
 */
import './self-help-steps.js';
import { defineSteps } from './define-steps.js';
import { FormStep } from './form/form-step.js';
import { MyTicketsStep } from './my-tickets/my-tickets-step.js';
import { SentStep } from './sent/sent-step.js';
import { TicketStep } from './ticket/ticket-step.js';

defineSteps('ticket-steps', {
  form: FormStep,
  sent: SentStep,
  ticket: TicketStep,
  'my-tickets': MyTicketsStep,
});
